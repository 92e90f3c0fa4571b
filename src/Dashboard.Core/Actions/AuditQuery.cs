namespace Dashboard.Core.Actions;

/// <summary>Which audit rows to list, newest first.</summary>
/// <param name="Target">An exact target, or a prefix of whole segments ("sandbox" or "sandbox/ArgoApplication").</param>
public sealed record AuditQuery(string? Target = null, int Limit = 100, AuditState? State = null)
{
    public const int MaxLimit = 1000;
}
