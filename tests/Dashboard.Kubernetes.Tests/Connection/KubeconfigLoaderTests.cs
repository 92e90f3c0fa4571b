using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Dashboard.Kubernetes.Connection;
using Dashboard.Testing;
using k8s;
using k8s.Exceptions;

namespace Dashboard.Kubernetes.Tests.Connection;

/// <summary>The lean kubeconfig reader gives what KubernetesClient's own reader gives, for the fields the dashboard uses.</summary>
public sealed class KubeconfigLoaderTests
{
    private const string TwoContexts = """
        apiVersion: v1
        kind: Config
        current-context: home
        preferences: {}
        clusters:
        - name: home
          cluster:
            server: https://10.0.0.5:6443
            certificate-authority: certs/ca.crt
        - name: lab
          cluster:
            server: https://lab.example:6443
            insecure-skip-tls-verify: true
        contexts:
        - name: home
          context:
            cluster: home
            user: admin
            namespace: flux-system
        - name: lab
          context:
            cluster: lab
            user: admin
        users:
        - name: admin
          user:
            token: secret-token
        """;

    [Fact]
    public void Load_CurrentContextWithRelativeCertificate_MatchesKubernetesClient()
    {
        using var directory = new TempDirectory("dashboard-kubeconfig");
        var path = WriteWithCertificate(directory);

        var lean = KubeconfigLoader.Load(path, context: null);
        var library = KubernetesClientConfiguration.BuildConfigFromConfigFile(path);

        Assert.Equal(library.Host, lean.Host);
        Assert.Equal("home", lean.CurrentContext);
        Assert.Equal(library.Namespace, lean.Namespace);
        Assert.Equal("flux-system", lean.Namespace);
        Assert.Equal(library.AccessToken, lean.AccessToken);
        Assert.Equal(library.SkipTlsVerify, lean.SkipTlsVerify);
        Assert.Equal(library.SslCaCerts!.Single().Thumbprint, Assert.Single(lean.SslCaCerts!).Thumbprint);
    }

    [Fact]
    public void Load_OtherContext_UsesThatCluster()
    {
        using var directory = new TempDirectory("dashboard-kubeconfig");
        var path = WriteWithCertificate(directory);

        var lean = KubeconfigLoader.Load(path, "lab");

        Assert.Equal("https://lab.example:6443", lean.Host);
        Assert.True(lean.SkipTlsVerify);
        Assert.Equal("secret-token", lean.AccessToken);
    }

    [Fact]
    public void Load_UnknownContext_ThrowsNamingIt()
    {
        using var directory = new TempDirectory("dashboard-kubeconfig");
        var path = WriteWithCertificate(directory);

        var error = Assert.Throws<KubeConfigException>(() => KubeconfigLoader.Load(path, "nowhere"));

        Assert.Contains("nowhere", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NotYaml_ThrowsKubeConfigExceptionWithLine()
    {
        using var directory = new TempDirectory("dashboard-kubeconfig");
        var path = directory.File("kubeconfig");
        File.WriteAllText(path, "clusters:\n  - name: [unclosed\n");

        var error = Assert.Throws<KubeConfigException>(() => KubeconfigLoader.Load(path, null));

        Assert.Contains("line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_ThrowsNamingThePath()
    {
        using var directory = new TempDirectory("dashboard-kubeconfig");
        var path = directory.File("absent");

        var error = Assert.Throws<KubeConfigException>(() => KubeconfigLoader.Load(path, null));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyFile_ThrowsKubeConfigException()
    {
        using var directory = new TempDirectory("dashboard-kubeconfig");
        var path = directory.File("kubeconfig");
        File.WriteAllText(path, "");

        Assert.Throws<KubeConfigException>(() => KubeconfigLoader.Load(path, null));
    }

    private static string WriteWithCertificate(TempDirectory directory)
    {
        using var key = ECDsa.Create();
        using var certificate = new CertificateRequest("CN=kubeconfig-test-ca", key, HashAlgorithmName.SHA256)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        Directory.CreateDirectory(directory.File("certs"));
        File.WriteAllText(directory.File("certs/ca.crt"), certificate.ExportCertificatePem());
        var path = directory.File("kubeconfig");
        File.WriteAllText(path, TwoContexts);
        return path;
    }
}
