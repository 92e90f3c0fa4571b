using Dashboard.Web.Configuration;

namespace Dashboard.Web.Tests.Notifications;

public sealed class NotificationOptionsTests
{
    [Fact]
    public void Check_EveryDocumentedKey_IsKnown()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Dashboard:Notifications:GracePeriodMinutes"] = "5",
            ["Dashboard:Notifications:QuietPeriodMinutes"] = "15",
            ["Dashboard:Notifications:MaxAttempts"] = "5",
            ["Dashboard:Notifications:RetryDelaySeconds"] = "5",
            ["Dashboard:Notifications:BaseUrl"] = "https://dash.example.org/",
            ["Dashboard:Notifications:VapidSubject"] = "mailto:ops@example.org",
            ["Dashboard:Notifications:VapidKeyPath"] = "/data/vapid.json",
            ["Dashboard:Notifications:Targets:0:Type"] = "Webhook",
            ["Dashboard:Notifications:Targets:0:Url"] = "https://hooks.example.org/x",
            ["Dashboard:Notifications:Targets:0:Secret"] = "s",
            ["Dashboard:Notifications:Targets:0:SecretFile"] = "/run/secrets/s",
            ["Dashboard:Notifications:Targets:1:Type"] = "ntfy",
            ["Dashboard:Notifications:Targets:1:Topic"] = "alerts",
            ["Dashboard:Notifications:Targets:1:Token"] = "t",
            ["Dashboard:Notifications:Targets:1:TokenFile"] = "/run/secrets/t",
            ["Dashboard:Notifications:Targets:1:Priority"] = "high",
        }).Build();

        Assert.Empty(ConfigurationKeyChecker.Check(configuration.GetSection(DashboardOptions.SectionName), typeof(DashboardOptions)));
    }

    [Fact]
    public void Check_UnknownTargetKeyOrType_NamesTheKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Dashboard:Notifications:Targets:0:Type"] = "Slack",
            ["Dashboard:Notifications:Targets:0:Topc"] = "x",
        }).Build();

        var errors = ConfigurationKeyChecker.Check(configuration.GetSection(DashboardOptions.SectionName), typeof(DashboardOptions));

        Assert.Contains(errors, e => e.StartsWith("Dashboard:Notifications:Targets:0:Type:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Dashboard:Notifications:Targets:0:Topc: unknown setting; did you mean", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BadTargets_NamesEveryKey()
    {
        var options = new DashboardOptions
        {
            Notifications =
            {
                MaxAttempts = 0,
                BaseUrl = "dash.example.org",
                Targets =
                [
                    new NotificationTargetOptions { Type = NotificationTargetType.Webhook, Url = "ftp://x" },
                    new NotificationTargetOptions { Type = NotificationTargetType.Ntfy, Url = "https://ntfy.sh", Priority = "loud" },
                    new NotificationTargetOptions { Type = NotificationTargetType.WebPush },
                    new NotificationTargetOptions { Url = "https://x", Token = "a", TokenFile = "/b" },
                ],
            },
        };

        var failures = new DashboardOptionsValidator().Validate(null, options).Failures!.ToList();

        Assert.Collection(failures,
            f => Assert.StartsWith("Dashboard:Notifications:MaxAttempts:", f, StringComparison.Ordinal),
            f => Assert.StartsWith("Dashboard:Notifications:BaseUrl:", f, StringComparison.Ordinal),
            f => Assert.StartsWith("Dashboard:Notifications:Targets:0:Url:", f, StringComparison.Ordinal),
            f => Assert.StartsWith("Dashboard:Notifications:Targets:1:Topic:", f, StringComparison.Ordinal),
            f => Assert.StartsWith("Dashboard:Notifications:Targets:1:Priority:", f, StringComparison.Ordinal),
            f => Assert.StartsWith("Dashboard:Notifications:VapidSubject:", f, StringComparison.Ordinal),
            f => Assert.StartsWith("Dashboard:Notifications:Targets:3:Token:", f, StringComparison.Ordinal),
            f => Assert.StartsWith("Dashboard:Notifications:Targets:3:Type:", f, StringComparison.Ordinal));
    }
}
