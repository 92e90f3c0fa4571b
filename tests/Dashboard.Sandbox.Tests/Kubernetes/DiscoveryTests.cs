using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Tests.Kubernetes;

public sealed class DiscoveryTests
{
    [Fact]
    public async Task Api_CoreVersions_AreApiVersionsWithoutApiVersionField()
    {
        await using var k = await TestEmulator.StartAsync();
        var body = await k.GetJsonAsync("/api");
        Assert.Equal("APIVersions", body["kind"]!.GetValue<string>());
        Assert.False(body.ContainsKey("apiVersion"));
        Assert.Equal("v1", body["versions"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Apis_PlainAccept_ListsBuiltinGroupsBeforeCrdGroups()
    {
        await using var k = await TestEmulator.StartAsync();
        var body = await k.GetJsonAsync("/apis");
        var names = body["groups"]!.AsArray().Select(g => g!["name"]!.GetValue<string>()).ToList();
        Assert.Equal("APIGroupList", body["kind"]!.GetValue<string>());
        Assert.True(names.IndexOf("apps") < names.IndexOf("argoproj.io"));
        Assert.Contains("cert-manager.io", names);
        Assert.Contains("longhorn.io", names);
        Assert.Equal("argoproj.io/v1alpha1", body["groups"]![names.IndexOf("argoproj.io")]!["preferredVersion"]!["groupVersion"]!.GetValue<string>());
    }

    [Fact]
    public async Task Apis_OnlyAggregatedAccept_Answers406()
    {
        await using var k = await TestEmulator.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/apis");
        request.Headers.TryAddWithoutValidation("Accept", "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList");
        using var response = await k.Http.SendAsync(request, TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal(406, (int)response.StatusCode);
        Assert.Equal("NotAcceptable", body["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Apis_AggregatedAcceptWithFallback_ReturnsGroupList()
    {
        await using var k = await TestEmulator.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/apis");
        request.Headers.TryAddWithoutValidation("Accept", "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json");
        using var response = await k.Http.SendAsync(request, TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("APIGroupList", body["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task ResourceList_StatusEntry_OnlyWhereTheCrdDeclaresIt()
    {
        await using var k = await TestEmulator.StartAsync();
        var argo = await k.GetJsonAsync("/apis/argoproj.io/v1alpha1");
        var names = argo["resources"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(["applications", "applicationsets", "applicationsets/status"], names);
        var app = argo["resources"]![0]!;
        Assert.Equal(["app", "apps"], app["shortNames"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(["delete", "deletecollection", "get", "list", "patch", "create", "update", "watch"], app["verbs"]!.AsArray().Select(s => s!.GetValue<string>()));
        var flux = await k.GetJsonAsync("/apis/kustomize.toolkit.fluxcd.io/v1");
        var status = flux["resources"]![1]!;
        Assert.Equal("kustomizations/status", status["name"]!.GetValue<string>());
        Assert.Equal(string.Empty, status["singularName"]!.GetValue<string>());
        Assert.Equal(["all", "fluxcd", "fluxcd-appliers"], flux["resources"]![0]!["categories"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    public async Task Group_And_Version_HaveRealShapes()
    {
        await using var k = await TestEmulator.StartAsync();
        var group = await k.GetJsonAsync("/apis/argoproj.io");
        Assert.Equal("APIGroup", group["kind"]!.GetValue<string>());
        var version = await k.GetJsonAsync("/version");
        Assert.Equal("1", version["major"]!.GetValue<string>());
        var (code, _, text) = await k.SendAsync(HttpMethod.Get, "/apis/nope.example.com");
        Assert.Equal(404, code);
        Assert.Equal("404 page not found\n", text);
    }
}
