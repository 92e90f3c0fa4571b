using System.Net;
using Dashboard.Testing.Web;

namespace Dashboard.Web.Tests.Hosting;

public sealed class WebhookDisabledTests
{
    [Fact]
    public async Task Post_NoSecretConfigured_NotFound()
    {
        await using var factory = new DashboardAppFactory();
        using var client = new HttpClient { BaseAddress = factory.Start() };
        using var content = new StringContent("{}");

        var response = await client.PostAsync("/api/webhooks/github", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
