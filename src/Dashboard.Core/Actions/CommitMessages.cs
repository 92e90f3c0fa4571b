using Dashboard.Core.GitOps;

namespace Dashboard.Core.Actions;

/// <summary>The commit message an action writes, and how start-up settlement recognizes it again.</summary>
public static class CommitMessages
{
    /// <summary>Trailer naming the audit row, so a crash between commit and completion can be settled exactly.</summary>
    public const string AuditTrailer = "Dashboard-Audit-Id";

    /// <summary>The preview's message: subject, blank line, <c>Requested-by</c>.</summary>
    public static string Preview(string subject, string user) => $"{subject}\n\n{CommitPlan.RequestedByTrailer}: {user}\n";

    /// <summary>The committed message: one trailer block with the audit id and <c>Requested-by</c> (CommitPlan keeps it as is).</summary>
    public static string WithAuditId(string subject, string user, long auditId) =>
        $"{subject}\n\n{AuditTrailer}: {auditId}\n{CommitPlan.RequestedByTrailer}: {user}";

    public static bool HasAuditId(string message, long auditId) =>
        message.Split('\n').Any(line => line.TrimEnd('\r') == $"{AuditTrailer}: {auditId}");

    public static bool IsRequestedBy(string message, string user) =>
        message.Split('\n').Any(line => line.TrimEnd('\r') == $"{CommitPlan.RequestedByTrailer}: {user}");
}
