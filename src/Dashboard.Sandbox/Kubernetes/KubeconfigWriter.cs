using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Dashboard.Sandbox.Kubernetes;

/// <summary>Writes a kubeconfig for the emulator so kubectl and KubernetesClient connect like to any cluster.</summary>
public static class KubeconfigWriter
{
    public const string ContextName = "sandbox";

    public static string Write(KubernetesEmulator emulator, string directory) =>
        Write(emulator.BaseAddress, directory, emulator.Certificate, emulator.Options.Token);

    public static string Write(Uri server, string directory, X509Certificate2? certificateAuthority = null, string token = "sandbox")
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
            .AppendLine(CultureInfo.InvariantCulture, $"    server: {server.ToString().TrimEnd('/')}");
        if (certificateAuthority is not null)
        {
            var pem = certificateAuthority.ExportCertificatePem();
            yaml.AppendLine(CultureInfo.InvariantCulture, $"    certificate-authority-data: {Convert.ToBase64String(Encoding.ASCII.GetBytes(pem))}");
        }

        yaml.AppendLine("contexts:")
            .AppendLine(CultureInfo.InvariantCulture, $"- name: {ContextName}")
            .AppendLine("  context:")
            .AppendLine(CultureInfo.InvariantCulture, $"    cluster: {ContextName}")
            .AppendLine(CultureInfo.InvariantCulture, $"    user: {ContextName}")
            .AppendLine("users:")
            .AppendLine(CultureInfo.InvariantCulture, $"- name: {ContextName}")
            .AppendLine("  user:")
            .AppendLine(CultureInfo.InvariantCulture, $"    token: {token}");
        File.WriteAllText(path, yaml.ToString());
        return path;
    }
}
