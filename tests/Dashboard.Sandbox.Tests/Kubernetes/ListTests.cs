using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Tests.Kubernetes;

public sealed class ListTests
{
    private const string Apps = "/apis/argoproj.io/v1alpha1/applications";
    private const string ArgocdApps = "/apis/argoproj.io/v1alpha1/namespaces/argocd/applications";

    [Fact]
    public async Task List_AllNamespaces_HasCollectionRvAndSortedItems()
    {
        await using var k = await TestEmulator.StartAsync();
        var (code, list, text) = await k.SendAsync(HttpMethod.Get, Apps);
        Assert.Equal(200, code);
        Assert.StartsWith("{\"apiVersion\":\"argoproj.io/v1alpha1\",\"items\":[", text, StringComparison.Ordinal);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.Equal("ApplicationList", list!["kind"]!.GetValue<string>());
        Assert.Equal(string.Empty, list["metadata"]!["continue"]!.GetValue<string>());
        var listRv = long.Parse(list["metadata"]!["resourceVersion"]!.GetValue<string>());
        var items = list["items"]!.AsArray();
        Assert.Equal(5, items.Count);
        Assert.All(items, i => Assert.True(long.Parse(i!["metadata"]!["resourceVersion"]!.GetValue<string>()) <= listRv));
        var keys = items.Select(i => i!["metadata"]!["namespace"] + "/" + i["metadata"]!["name"]).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        var metadataKeys = items[0]!["metadata"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(metadataKeys.Order(StringComparer.Ordinal), metadataKeys);
    }

    [Fact]
    public async Task List_LimitAndContinue_PagesWithSameRvAndRemainingCount()
    {
        await using var k = await TestEmulator.StartAsync();
        var first = await k.GetJsonAsync(ArgocdApps + "?limit=1");
        var rv = first["metadata"]!["resourceVersion"]!.GetValue<string>();
        Assert.Single(first["items"]!.AsArray());
        var total = (await k.GetJsonAsync(ArgocdApps))["items"]!.AsArray().Count;
        Assert.Equal(total - 1, first["metadata"]!["remainingItemCount"]!.GetValue<long>());
        var names = new List<string> { first["items"]![0]!["metadata"]!["name"]!.GetValue<string>() };
        var token = first["metadata"]!["continue"]!.GetValue<string>();
        while (token.Length > 0)
        {
            var page = await k.GetJsonAsync($"{ArgocdApps}?limit=2&continue={token}");
            Assert.Equal(rv, page["metadata"]!["resourceVersion"]!.GetValue<string>());
            names.AddRange(page["items"]!.AsArray().Select(i => i!["metadata"]!["name"]!.GetValue<string>()));
            token = page["metadata"]!["continue"]!.GetValue<string>();
            Assert.Equal(token.Length > 0, page["metadata"]!.AsObject().ContainsKey("remainingItemCount"));
        }

        Assert.Equal(total, names.Distinct().Count());
    }

    [Fact]
    public async Task List_Selectors_FilterAndRejectUnsupportedFields()
    {
        await using var k = await TestEmulator.StartAsync();
        var byName = await k.GetJsonAsync(Apps + "?fieldSelector=metadata.name%3Dhome-assistant");
        Assert.Equal("home-assistant", byName["items"]!.AsArray().Single()!["metadata"]!["name"]!.GetValue<string>());
        var byNamespace = await k.GetJsonAsync(Apps + "?fieldSelector=metadata.namespace%3Dargo-cd");
        Assert.Single(byNamespace["items"]!.AsArray());
        var byLabel = await k.GetJsonAsync(Apps + "?labelSelector=team-name%3Dmy-team");
        Assert.All(byLabel["items"]!.AsArray(), i => Assert.Equal("my-team", i!["metadata"]!["labels"]!["team-name"]!.GetValue<string>()));
        Assert.NotEmpty(byLabel["items"]!.AsArray());
        var (code, status, _) = await k.SendAsync(HttpMethod.Get, Apps + "?fieldSelector=spec.project%3Ddefault");
        Assert.Equal(400, code);
        Assert.Equal("""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"field label not supported: spec.project","reason":"BadRequest","code":400}""", status!.ToJsonString());
    }

    [Fact]
    public async Task List_EmptyNamespace_HasEmptyItemsArray()
    {
        await using var k = await TestEmulator.StartAsync();
        var (_, _, text) = await k.SendAsync(HttpMethod.Get, "/apis/cert-manager.io/v1/namespaces/kube-wire-test/certificates");
        Assert.Matches("""^\{"apiVersion":"cert-manager.io/v1","items":\[\],"kind":"CertificateList","metadata":\{"continue":"","resourceVersion":"\d+"\}\}\n$""", text);
    }

    [Fact]
    public async Task List_ResourceVersionSemantics_FollowTheRealServer()
    {
        await using var k = await TestEmulator.StartAsync();
        var before = await k.GetJsonAsync(ArgocdApps);
        var oldRv = before["metadata"]!["resourceVersion"]!.GetValue<string>();
        await k.SendAsync(HttpMethod.Patch, ArgocdApps + "/home-assistant", """{"metadata":{"labels":{"x":"1"}}}""", "application/merge-patch+json");

        var exact = await k.GetJsonAsync($"{ArgocdApps}?resourceVersion={oldRv}&resourceVersionMatch=Exact");
        Assert.Equal(oldRv, exact["metadata"]!["resourceVersion"]!.GetValue<string>());
        Assert.DoesNotContain(exact["items"]!.AsArray(), i => i!["metadata"]!["labels"]?["x"] is not null);

        foreach (var rv in new[] { "0", "1" })
        {
            var current = await k.GetJsonAsync($"{ArgocdApps}?resourceVersion={rv}");
            Assert.Contains(current["items"]!.AsArray(), i => i!["metadata"]!["labels"]?["x"] is not null);
        }

        var (invalid, _, _) = await k.SendAsync(HttpMethod.Get, ArgocdApps + "?resourceVersionMatch=Exact");
        Assert.Equal(422, invalid);

        k.Emulator.Faults.CompactHistory();
        var (gone, status, _) = await k.SendAsync(HttpMethod.Get, $"{ArgocdApps}?resourceVersion={oldRv}&resourceVersionMatch=Exact");
        Assert.Equal(410, gone);
        Assert.Equal("""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"The resourceVersion for the provided list is too old.","reason":"Expired","code":410}""", status!.ToJsonString());
    }

    [Fact]
    public async Task List_ContinueAfterCompaction_Is410WithFreshToken()
    {
        await using var k = await TestEmulator.StartAsync();
        var first = await k.GetJsonAsync(ArgocdApps + "?limit=1");
        await k.SendAsync(HttpMethod.Patch, ArgocdApps + "/home-assistant", """{"metadata":{"labels":{"x":"1"}}}""", "application/merge-patch+json");
        k.Emulator.Faults.CompactHistory();
        var (code, status, _) = await k.SendAsync(HttpMethod.Get, $"{ArgocdApps}?limit=1&continue={first["metadata"]!["continue"]}");
        Assert.Equal(410, code);
        Assert.Equal("Expired", status!["reason"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(status["metadata"]!["continue"]!.GetValue<string>()));
    }

    [Fact]
    public async Task List_AsTable_UsesCrdPrinterColumns()
    {
        await using var k = await TestEmulator.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, Apps + "?limit=500");
        request.Headers.TryAddWithoutValidation("Accept", "application/json;as=Table;v=v1;g=meta.k8s.io,application/json");
        using var response = await k.Http.SendAsync(request, TestContext.Current.CancellationToken);
        var table = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal("Table", table["kind"]!.GetValue<string>());
        Assert.Equal(["Name", "Sync Status", "Health Status", "Revision", "Project"], table["columnDefinitions"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        var row = table["rows"]!.AsArray().First(r => r!["cells"]![0]!.GetValue<string>() == "my-app-4")!;
        Assert.Equal("OutOfSync", row["cells"]![1]!.GetValue<string>());
        Assert.Equal("PartialObjectMetadata", row["object"]!["kind"]!.GetValue<string>());
    }
}
