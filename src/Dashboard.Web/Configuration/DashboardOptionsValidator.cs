using Microsoft.Extensions.Options;

namespace Dashboard.Web.Configuration;

/// <summary>Checks values after binding; every failure names its key so the fix is obvious.</summary>
public sealed class DashboardOptionsValidator : IValidateOptions<DashboardOptions>
{
    public ValidateOptionsResult Validate(string? name, DashboardOptions options)
    {
        var errors = new List<string>();
        const string root = DashboardOptions.SectionName;

        if (string.IsNullOrWhiteSpace(options.Data.Path))
        {
            errors.Add($"{root}:Data:Path: must name the SQLite file, e.g. data/dashboard.db.");
        }
        else if (options.Data.Path.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            errors.Add($"{root}:Data:Path: '{options.Data.Path}' contains characters that are not valid in a path.");
        }

        if (options.Kubernetes.WatchTimeoutSeconds is < 30 or > 1800)
        {
            errors.Add($"{root}:Kubernetes:WatchTimeoutSeconds: {options.Kubernetes.WatchTimeoutSeconds} is outside 30..1800 seconds.");
        }

        for (var i = 0; i < options.Kubernetes.Namespaces.Count; i++)
        {
            var listNamespace = options.Kubernetes.Namespaces[i];
            if (!IsNamespaceName(listNamespace))
            {
                errors.Add($"{root}:Kubernetes:Namespaces:{i}: '{listNamespace}' is not a namespace name (lowercase letters, digits and '-', at most 63).");
            }
        }

        if (options.History.RetentionDays < 1)
        {
            errors.Add($"{root}:History:RetentionDays: must be at least 1 (was {options.History.RetentionDays}).");
        }

        if (options.Sandbox && options.Kubernetes.Clusters.Count > 0)
        {
            errors.Add($"{root}:Sandbox: the sandbox brings its own cluster; remove {root}:Kubernetes:Clusters or the --sandbox flag.");
        }

        for (var i = 0; i < options.Metrics.AnonymousNetworks.Count; i++)
        {
            var network = options.Metrics.AnonymousNetworks[i];
            if (!string.IsNullOrWhiteSpace(network) && !System.Net.IPNetwork.TryParse(network.Trim(), out _))
            {
                errors.Add($"{root}:Metrics:AnonymousNetworks:{i}: '{network}' is not a network in CIDR notation, e.g. 192.168.1.0/24.");
            }
        }

        ValidateClusters(options.Kubernetes.Clusters, errors);
        GitOptionsValidator.Validate(options.Git, options.Sandbox, errors);
        AuthOptionsValidator.Validate(options.Auth, errors);
        NotificationOptionsValidator.Validate(options.Notifications, errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateClusters(List<ClusterOptions> clusters, List<string> errors)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < clusters.Count; i++)
        {
            var key = $"{DashboardOptions.SectionName}:Kubernetes:Clusters:{i}";
            var cluster = clusters[i];
            if (cluster.InCluster && (!string.IsNullOrWhiteSpace(cluster.Context) || !string.IsNullOrWhiteSpace(cluster.KubeconfigPath)))
            {
                errors.Add($"{key}:InCluster: an in-cluster connection takes no Context or KubeconfigPath.");
            }

            if (!string.IsNullOrWhiteSpace(cluster.KubeconfigPath) && !File.Exists(cluster.KubeconfigPath))
            {
                errors.Add($"{key}:KubeconfigPath: file '{cluster.KubeconfigPath}' does not exist.");
            }

            var displayName = new[] { cluster.Name, cluster.Context }.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))
                ?? (cluster.InCluster ? "in-cluster" : "default");
            if (!names.Add(displayName))
            {
                errors.Add($"{key}:Name: '{displayName}' is used by another cluster; give each cluster its own Name.");
            }
        }
    }

    /// <summary>A DNS-1123 label, as Kubernetes requires of namespace names.</summary>
    private static bool IsNamespaceName(string? name) =>
        name is { Length: > 0 and <= 63 } && name[0] != '-' && name[^1] != '-'
        && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
