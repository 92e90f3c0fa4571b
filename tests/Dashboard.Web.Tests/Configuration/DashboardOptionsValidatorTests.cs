using Dashboard.Web.Configuration;

namespace Dashboard.Web.Tests.Configuration;

public sealed class DashboardOptionsValidatorTests
{
    private readonly DashboardOptionsValidator _validator = new();

    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        Assert.True(_validator.Validate(null, new DashboardOptions()).Succeeded);
    }

    [Fact]
    public void Validate_EveryRuleBroken_NamesEveryKey()
    {
        var options = new DashboardOptions
        {
            Sandbox = true,
            Data = { Path = " " },
            Kubernetes =
            {
                WatchTimeoutSeconds = 5,
                Clusters =
                [
                    new ClusterOptions { Name = "home", InCluster = true, Context = "x" },
                    new ClusterOptions { Name = "home", KubeconfigPath = "/does/not/exist" },
                ],
            },
            History = { RetentionDays = 0 },
        };

        var failures = _validator.Validate(null, options).Failures!.ToList();

        Assert.Collection(failures,
            f => Assert.StartsWith("Dashboard:Data:Path:", f, StringComparison.Ordinal),
            f => Assert.StartsWith("Dashboard:Kubernetes:WatchTimeoutSeconds:", f, StringComparison.Ordinal),
            f => Assert.StartsWith("Dashboard:History:RetentionDays:", f, StringComparison.Ordinal),
            f => Assert.StartsWith("Dashboard:Sandbox:", f, StringComparison.Ordinal),
            f => Assert.StartsWith("Dashboard:Kubernetes:Clusters:0:InCluster:", f, StringComparison.Ordinal),
            f => Assert.StartsWith("Dashboard:Kubernetes:Clusters:1:KubeconfigPath:", f, StringComparison.Ordinal),
            f => Assert.StartsWith("Dashboard:Kubernetes:Clusters:1:Name:", f, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_Namespaces_AcceptsNamesAndNamesTheBadOnes()
    {
        var options = new DashboardOptions { Kubernetes = { Namespaces = ["argocd", "flux-system", "Bad_NS", "-x"] } };

        var failures = _validator.Validate(null, options).Failures!.ToList();

        Assert.Equal(
        [
            "Dashboard:Kubernetes:Namespaces:2: 'Bad_NS' is not a namespace name (lowercase letters, digits and '-', at most 63).",
            "Dashboard:Kubernetes:Namespaces:3: '-x' is not a namespace name (lowercase letters, digits and '-', at most 63).",
        ], failures);
    }
}
