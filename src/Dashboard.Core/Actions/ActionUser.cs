namespace Dashboard.Core.Actions;

/// <summary>Who asks for an action, and whether their role allows acting (Operator or Admin) or only viewing.</summary>
public sealed record ActionUser(string Name, bool CanOperate)
{
    /// <summary>The single user of a dashboard without authentication (loopback only).</summary>
    public static ActionUser Local { get; } = new("local", true);
}
