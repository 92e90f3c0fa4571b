namespace Dashboard.Core.Actions;

/// <summary>Decides whether a user may run an action; returns the reason when not.</summary>
public interface IActionAuthorizer
{
    /// <returns>Null when allowed; otherwise a sentence for the user and the audit log.</returns>
    string? Refuse(ActionUser user, ActionRequest request);
}
