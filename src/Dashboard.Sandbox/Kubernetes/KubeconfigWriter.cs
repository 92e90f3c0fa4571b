using System.Globalization;
using System.Text;

namespace Dashboard.Sandbox.Kubernetes;

/// <summary>Writes a kubeconfig for the emulator so kubectl and KubernetesClient connect like to any cluster.</summary>
public static class KubeconfigWriter
{
    public const string ContextName = "sandbox";

    public static string Write(Uri server, string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "kubeconfig");
        var yaml = new StringBuilder()
            .AppendLine("apiVersion: v1")
            .AppendLine("kind: Config")
            .AppendLine(CultureInfo.InvariantCulture, $"current-context: {ContextName}")
            .AppendLine("clusters:")
            .AppendLine(CultureInfo.InvariantCulture, $"- name: {ContextName}")
            .AppendLine("  cluster:")
            .AppendLine(CultureInfo.InvariantCulture, $"    server: {server.ToString().TrimEnd('/')}")
            .AppendLine("contexts:")
            .AppendLine(CultureInfo.InvariantCulture, $"- name: {ContextName}")
            .AppendLine("  context:")
            .AppendLine(CultureInfo.InvariantCulture, $"    cluster: {ContextName}")
            .AppendLine(CultureInfo.InvariantCulture, $"    user: {ContextName}")
            .AppendLine("users:")
            .AppendLine(CultureInfo.InvariantCulture, $"- name: {ContextName}")
            .AppendLine("  user:")
            .AppendLine("    token: sandbox")
            .ToString();
        File.WriteAllText(path, yaml);
        return path;
    }
}
