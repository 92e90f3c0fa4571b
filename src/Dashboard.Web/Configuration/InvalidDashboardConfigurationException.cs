using Dashboard.Core;

namespace Dashboard.Web.Configuration;

/// <summary>Start-up stops with this; the message lists every wrong key, one per line.</summary>
public sealed class InvalidDashboardConfigurationException(IReadOnlyList<string> errors)
    : StartupException("The dashboard configuration is not valid:" + Environment.NewLine +
                string.Join(Environment.NewLine, errors.Select(e => "  - " + e)))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
