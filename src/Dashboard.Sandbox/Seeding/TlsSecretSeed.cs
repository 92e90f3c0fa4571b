using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Kubernetes.Store;

namespace Dashboard.Sandbox.Seeding;

/// <summary>
/// Seeds kubernetes.io/tls Secrets with real certificates generated now: one per seeded cert-manager Certificate
/// that has been issued (same DNS names and validity as its status), except that the wildcard certificate's
/// secret still holds the previous certificate (cert-manager says renewed, the secret was not rotated), plus one
/// Ingress whose TLS secret no Certificate manages (a hand-made certificate) and one that shares a managed secret.
/// </summary>
public static class TlsSecretSeed
{
    /// <summary>The Certificate whose secret is deliberately stale (status.notAfter differs from the secret's).</summary>
    public const string StaleCertificate = "wildcard-home-example-com";

    /// <summary>The stale secret's notAfter: the certificate before the last renewal.</summary>
    public static DateTimeOffset StaleNotAfter { get; } = new(2026, 12, 20, 3, 13, 50, TimeSpan.Zero);

    public const string IngressOnlyNamespace = "default";
    public const string IngressOnlySecret = "nas-home-example-com-tls";
    public static DateTimeOffset IngressOnlyNotAfter { get; } = new(2027, 3, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Seeds the secrets and Ingresses; returns how many objects were added.</summary>
    public static int Apply(ObjectStore store)
    {
        var secrets = store.Registry.Require(string.Empty, "secrets");
        var certificates = store.Registry.Require("cert-manager.io", "certificates");
        var added = 0;
        foreach (var certificate in store.List(certificates).Where(c => c["metadata"]?["labels"]?["sandbox.dashboard/generated"] is null))
        {
            var ns = certificate["metadata"]?["namespace"]?.GetValue<string>();
            var name = certificate["metadata"]?["name"]?.GetValue<string>();
            var secretName = certificate["spec"]?["secretName"]?.GetValue<string>();
            if (ns is null || name is null || secretName is null
                || Time(certificate["status"]?["notBefore"]) is not { } notBefore || Time(certificate["status"]?["notAfter"]) is not { } notAfter
                || store.FindStored(secrets, ns, secretName) is not null)
            {
                continue; // Never issued (no secret yet, like a Certificate waiting for its first order), or already there.
            }

            if (name == StaleCertificate)
            {
                (notBefore, notAfter) = (StaleNotAfter.AddDays(-90), StaleNotAfter);
            }

            var dnsNames = (certificate["spec"]?["dnsNames"] as JsonArray)?.Select(d => d!.GetValue<string>()).ToList() ?? [];
            store.Seed(Secret(ns, secretName, name, dnsNames, notBefore, notAfter));
            added++;
        }

        SandboxSeed.EnsureNamespaces(store, [new JsonObject { ["metadata"] = new JsonObject { ["namespace"] = IngressOnlyNamespace } }]);
        store.Seed(Secret(IngressOnlyNamespace, IngressOnlySecret, null, ["nas.home.example.com"], IngressOnlyNotAfter.AddYears(-1), IngressOnlyNotAfter));
        store.Seed(Ingress(IngressOnlyNamespace, "nas", IngressOnlySecret, "nas.home.example.com"));
        store.Seed(Ingress("monitoring", "grafana", "grafana-home-example-com-tls", "grafana.home.example.com"));
        return added + 3;
    }

    /// <summary>Writes a freshly issued certificate into an existing secret, as cert-manager does on renewal; false when there is no such secret.</summary>
    public static bool Rotate(ObjectStore store, string ns, string secretName, IReadOnlyList<string> dnsNames, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        var secrets = store.Registry.Require(string.Empty, "secrets");
        if (store.FindStored(secrets, ns, secretName) is null)
        {
            return false;
        }

        var (certificate, key) = TlsCertificateFactory.Issue(dnsNames, notBefore, notAfter);
        store.Patch(secrets, ns, secretName, new JsonObject { ["data"] = Data(certificate, key) });
        return true;
    }

    private static JsonObject Secret(string ns, string name, string? certificateName, IReadOnlyList<string> dnsNames, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        var (certificate, key) = TlsCertificateFactory.Issue(dnsNames, notBefore, notAfter);
        var annotations = new JsonObject();
        if (certificateName is not null)
        {
            // What cert-manager writes on the secrets it manages.
            annotations["cert-manager.io/certificate-name"] = certificateName;
            annotations["cert-manager.io/alt-names"] = string.Join(",", dnsNames);
        }

        return new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Secret",
            ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = ns, ["annotations"] = annotations },
            ["type"] = "kubernetes.io/tls",
            ["data"] = Data(certificate, key),
        };
    }

    private static JsonObject Data(string certificatePem, string keyPem) => new()
    {
        ["tls.crt"] = Convert.ToBase64String(Encoding.ASCII.GetBytes(certificatePem)),
        ["tls.key"] = Convert.ToBase64String(Encoding.ASCII.GetBytes(keyPem)),
    };

    private static JsonObject Ingress(string ns, string name, string secretName, string host) => new()
    {
        ["apiVersion"] = "networking.k8s.io/v1",
        ["kind"] = "Ingress",
        ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = ns },
        ["spec"] = new JsonObject
        {
            ["ingressClassName"] = "traefik",
            ["tls"] = new JsonArray(new JsonObject { ["hosts"] = new JsonArray(host), ["secretName"] = secretName }),
            ["rules"] = new JsonArray(new JsonObject
            {
                ["host"] = host,
                ["http"] = new JsonObject
                {
                    ["paths"] = new JsonArray(new JsonObject
                    {
                        ["path"] = "/",
                        ["pathType"] = "Prefix",
                        ["backend"] = new JsonObject { ["service"] = new JsonObject { ["name"] = name, ["port"] = new JsonObject { ["number"] = 80 } } },
                    }),
                },
            }),
        },
    };

    private static DateTimeOffset? Time(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;
}
