using System.Reflection;

namespace Dashboard.Web.Model;

/// <summary>The product version shown in the UI (informational version without the source-link hash).</summary>
public sealed record VersionInfo(string Version)
{
    public static VersionInfo FromAssembly(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "unknown";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return new VersionInfo(plus > 0 && informational.Length > plus + 8 ? informational[..(plus + 8)] : informational);
    }
}
