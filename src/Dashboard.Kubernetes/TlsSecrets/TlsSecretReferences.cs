using System.Globalization;
using Dashboard.Core.Cluster;
using Dashboard.Core.Streaming;

namespace Dashboard.Kubernetes.TlsSecrets;

/// <summary>Which TLS secrets the Certificates and Ingresses of one cluster name. Pure.</summary>
public static class TlsSecretReferences
{
    public static IReadOnlyDictionary<(string Namespace, string Name), TlsSecretReference> From(ClusterSnapshot snapshot, string cluster)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var referrers = new Dictionary<(string, string), List<(string Referrer, string Signature)>>();
        foreach (var certificate in snapshot.Certificates.Where(c => c.Key.Cluster == cluster))
        {
            if (!string.IsNullOrEmpty(certificate.SecretName) && certificate.Key.Namespace.Length > 0)
            {
                Add(referrers, certificate.Key.Namespace, certificate.SecretName, $"Certificate/{certificate.Key.Name}", Signature(certificate));
            }
        }

        foreach (var ingress in snapshot.Ingresses.Where(i => i.Key.Cluster == cluster && i.Key.Namespace.Length > 0))
        {
            foreach (var secretName in ingress.Tls.Select(t => t.SecretName).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                Add(referrers, ingress.Key.Namespace, secretName, $"Ingress/{ingress.Key.Name}", "");
            }
        }

        return referrers.ToDictionary(
            pair => pair.Key,
            pair =>
            {
                var ordered = pair.Value.OrderBy(r => r.Referrer, StringComparer.Ordinal).ToList();
                return new TlsSecretReference(pair.Key.Item1, pair.Key.Item2, ordered.Select(r => r.Referrer).ToList(),
                    string.Join(";", ordered.Select(r => r.Signature)));
            });
    }

    /// <summary>What cert-manager changes when it writes a new certificate into the secret.</summary>
    private static string Signature(CertificateStatus certificate) => string.Create(CultureInfo.InvariantCulture,
        $"{certificate.Revision}|{certificate.NotAfter:O}|{certificate.Ready}|{certificate.Issuing}");

    private static void Add(Dictionary<(string, string), List<(string, string)>> referrers, string ns, string secret, string referrer, string signature)
    {
        if (!referrers.TryGetValue((ns, secret), out var list))
        {
            list = [];
            referrers[(ns, secret)] = list;
        }

        list.Add((referrer, signature));
    }
}
