namespace Dashboard.Web.Hosting;

/// <summary>Turns the bare <c>--sandbox</c> switch into the configuration key it stands for.</summary>
public static class SandboxFlag
{
    public const string Switch = "--sandbox";
    public const string Key = "Dashboard:Sandbox";

    public static string[] Normalize(string[] args) =>
        args.Select(a => string.Equals(a, Switch, StringComparison.OrdinalIgnoreCase) ? $"--{Key}=true" : a).ToArray();
}
