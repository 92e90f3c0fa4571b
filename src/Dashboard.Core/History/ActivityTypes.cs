namespace Dashboard.Core.History;

/// <summary>Which rows the Activity timeline shows.</summary>
public enum ActivityTypes
{
    All,
    Transitions,
    Actions,
}
