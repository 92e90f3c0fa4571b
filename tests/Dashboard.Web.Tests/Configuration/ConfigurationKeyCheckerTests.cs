using Dashboard.Web.Configuration;

namespace Dashboard.Web.Tests.Configuration;

public sealed class ConfigurationKeyCheckerTests
{
    [Fact]
    public void Check_ValidKeysAnyCase_ReportsNothing()
    {
        var errors = Check(new()
        {
            ["Dashboard:Sandbox"] = "true",
            ["dashboard:data:path"] = "/var/lib/dashboard/db.sqlite",
            ["Dashboard:Kubernetes:Clusters:0:Context"] = "homelab",
            ["Dashboard:Kubernetes:Clusters:1:InCluster"] = "false",
            ["Dashboard:Kubernetes:WatchTimeoutSeconds"] = "600",
            ["Dashboard:Kubernetes:Namespaces:0"] = "argocd",
            ["Dashboard:Kubernetes:Namespaces:1"] = "flux-system",
        });

        Assert.Empty(errors);
    }

    [Fact]
    public void Check_TypoInNestedKey_SuggestsTheRealKey()
    {
        var errors = Check(new() { ["Dashboard:Data:Pth"] = "x.db" });

        Assert.Equal("Dashboard:Data:Pth: unknown setting; did you mean Dashboard:Data:Path?", Assert.Single(errors));
    }

    [Fact]
    public void Check_UnknownKeyFarFromAnyName_SaysUnknownWithoutGuess()
    {
        var errors = Check(new() { ["Dashboard:Completely:Different"] = "1" });

        Assert.Equal("Dashboard:Completely: unknown setting.", Assert.Single(errors));
    }

    [Fact]
    public void Check_SeveralBadValues_ReportsEveryOne()
    {
        var errors = Check(new()
        {
            ["Dashboard:Sandbox"] = "yes please",
            ["Dashboard:Kubernetes:WatchTimeoutSeconds"] = "5m",
            ["Dashboard:Kubernetes:Clusters:0:InCluster"] = "maybe",
            ["Dashboard:Kubernetes:Clusters:first:Name"] = "x",
        });

        Assert.Equal(4, errors.Count);
        Assert.Contains("Dashboard:Sandbox: 'yes please' is not a valid boolean (true or false).", errors);
        Assert.Contains("Dashboard:Kubernetes:WatchTimeoutSeconds: '5m' is not a valid whole number.", errors);
        Assert.Contains("Dashboard:Kubernetes:Clusters:0:InCluster: 'maybe' is not a valid boolean (true or false).", errors);
        Assert.Contains("Dashboard:Kubernetes:Clusters:first: expected a list index (0, 1, ...).", errors);
    }

    [Fact]
    public void Check_ValueWhereSectionExpected_SaysSo()
    {
        var errors = Check(new() { ["Dashboard:Data"] = "data.db" });

        Assert.Equal("Dashboard:Data: expected a section with settings, found the value 'data.db'.", Assert.Single(errors));
    }

    private static IReadOnlyList<string> Check(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return ConfigurationKeyChecker.Check(configuration.GetSection(DashboardOptions.SectionName), typeof(DashboardOptions));
    }
}
