using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Tests.Kubernetes;

public sealed class WriteTests
{
    private const string ArgocdApps = "/apis/argoproj.io/v1alpha1/namespaces/argocd/applications";
    private const string Certificates = "/apis/cert-manager.io/v1/namespaces/default/certificates";
    private const string Merge = "application/merge-patch+json";

    [Fact]
    public async Task Create_WithGenerateName_SetsServerFieldsAndDropsStatusWhereSubresource()
    {
        await using var k = await TestEmulator.StartAsync();
        var (code, created, _) = await k.SendAsync(HttpMethod.Post, Certificates,
            """{"apiVersion":"cert-manager.io/v1","kind":"Certificate","metadata":{"generateName":"wire-cert-"},"spec":{"secretName":"s","issuerRef":{"name":"i"}},"status":{"revision":9}}""");
        Assert.Equal(201, code);
        var meta = created!["metadata"]!;
        Assert.Matches("^wire-cert-[a-z0-9]{5}$", meta["name"]!.GetValue<string>());
        Assert.Equal("wire-cert-", meta["generateName"]!.GetValue<string>());
        Assert.True(Guid.TryParse(meta["uid"]!.GetValue<string>(), out _));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", meta["creationTimestamp"]!.GetValue<string>());
        Assert.Equal(1, meta["generation"]!.GetValue<int>());
        Assert.Null(created["status"]);

        var (appCode, app, _) = await k.SendAsync(HttpMethod.Post, ArgocdApps,
            """{"apiVersion":"argoproj.io/v1alpha1","kind":"Application","metadata":{"name":"new-app"},"spec":{"project":"default"},"status":{"sync":{"status":"Synced"}}}""");
        Assert.Equal(201, appCode);
        Assert.Equal("Synced", app!["status"]!["sync"]!["status"]!.GetValue<string>());

        var (again, exists, _) = await k.SendAsync(HttpMethod.Post, ArgocdApps, """{"metadata":{"name":"new-app"}}""");
        Assert.Equal(409, again);
        Assert.Equal("applications.argoproj.io \"new-app\" already exists", exists!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Patch_GenerationAndResourceVersion_FollowTheRules()
    {
        await using var k = await TestEmulator.StartAsync();
        var path = "/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/flux-system/kustomizations/apps";
        var before = await k.GetJsonAsync(path);
        var generation = before["metadata"]!["generation"]!.GetValue<long>();

        var (_, spec, _) = await k.SendAsync(HttpMethod.Patch, path, """{"spec":{"interval":"42m"}}""", Merge);
        Assert.Equal(generation + 1, spec!["metadata"]!["generation"]!.GetValue<long>());

        var (_, label, _) = await k.SendAsync(HttpMethod.Patch, path, """{"metadata":{"labels":{"tier":"x"}},"status":{"observedGeneration":-5}}""", Merge);
        Assert.Equal(generation + 1, label!["metadata"]!["generation"]!.GetValue<long>());
        Assert.NotEqual(-5, label["status"]!["observedGeneration"]!.GetValue<long>());

        var (_, noop, _) = await k.SendAsync(HttpMethod.Patch, path, """{"status":{"observedGeneration":-5}}""", Merge);
        Assert.Equal(label["metadata"]!["resourceVersion"]!.GetValue<string>(), noop!["metadata"]!["resourceVersion"]!.GetValue<string>());

        var (statusCode, status, _) = await k.SendAsync(HttpMethod.Patch, path + "/status", """{"spec":{"interval":"1m"},"status":{"observedGeneration":-5}}""", Merge);
        Assert.Equal(200, statusCode);
        Assert.Equal(-5, status!["status"]!["observedGeneration"]!.GetValue<long>());
        Assert.Equal("42m", status["spec"]!["interval"]!.GetValue<string>());
        Assert.Equal(generation + 1, status["metadata"]!["generation"]!.GetValue<long>());

        var (jsonCode, json, _) = await k.SendAsync(HttpMethod.Patch, path, """[{"op":"test","path":"/spec/interval","value":"42m"},{"op":"replace","path":"/spec/interval","value":"7m"}]""", "application/json-patch+json");
        Assert.Equal(200, jsonCode);
        Assert.Equal(generation + 2, json!["metadata"]!["generation"]!.GetValue<long>());

        var (failed, failure, _) = await k.SendAsync(HttpMethod.Patch, path, """[{"op":"test","path":"/spec/interval","value":"99m"}]""", "application/json-patch+json");
        Assert.Equal(422, failed);
        Assert.Equal("""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"the server rejected our request due to an error in our request","reason":"Invalid","details":{},"code":422}""", failure!.ToJsonString());

        var (strategic, _, _) = await k.SendAsync(HttpMethod.Patch, path, """{"spec":{"interval":"11m"}}""", "application/strategic-merge-patch+json");
        Assert.Equal(415, strategic);
    }

    [Fact]
    public async Task ApplicationWithoutStatusSubresource_StatusIsOrdinaryField_AndStatusPathIs404()
    {
        await using var k = await TestEmulator.StartAsync();
        var before = await k.GetJsonAsync(ArgocdApps + "/home-assistant");
        var (code, patched, _) = await k.SendAsync(HttpMethod.Patch, ArgocdApps + "/home-assistant", """{"status":{"sync":{"status":"OutOfSync"}}}""", Merge);
        Assert.Equal(200, code);
        Assert.Equal("OutOfSync", patched!["status"]!["sync"]!["status"]!.GetValue<string>());
        Assert.Equal(before["metadata"]!["generation"]!.GetValue<long>() + 1, patched["metadata"]!["generation"]!.GetValue<long>());

        var (statusCode, _, notFound) = await k.SendAsync(HttpMethod.Patch, ArgocdApps + "/home-assistant/status", """{"status":{}}""", Merge);
        Assert.Equal(404, statusCode);
        Assert.Equal("""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"applications.argoproj.io \"home-assistant\" not found","reason":"NotFound","details":{"name":"home-assistant","group":"argoproj.io","kind":"applications"},"code":404}""" + "\n", notFound);
        var (getStatus, _, _) = await k.SendAsync(HttpMethod.Get, ArgocdApps + "/home-assistant/status");
        Assert.Equal(404, getStatus);
    }

    [Fact]
    public async Task Put_StaleVersionOrWrongName_IsRejected()
    {
        await using var k = await TestEmulator.StartAsync();
        var app = await k.GetJsonAsync(ArgocdApps + "/home-assistant");
        app["metadata"]!["resourceVersion"] = "1";
        var (stale, conflict, _) = await k.SendAsync(HttpMethod.Put, ArgocdApps + "/home-assistant", app.ToJsonString());
        Assert.Equal(409, stale);
        Assert.Equal("Conflict", conflict!["reason"]!.GetValue<string>());
        var (wrong, bad, _) = await k.SendAsync(HttpMethod.Put, ArgocdApps + "/other-name", app.ToJsonString());
        Assert.Equal(400, wrong);
        Assert.Equal("the name of the object (home-assistant) does not match the name on the URL (other-name)", bad!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Delete_WithoutFinalizers_ReturnsSuccessStatus_WithFinalizers_SetsDeletionTimestamp()
    {
        await using var k = await TestEmulator.StartAsync();
        var cert = await k.GetJsonAsync("/apis/cert-manager.io/v1/namespaces/monitoring/certificates/grafana-home-example-com");
        var (code, status, _) = await k.SendAsync(HttpMethod.Delete, "/apis/cert-manager.io/v1/namespaces/monitoring/certificates/grafana-home-example-com");
        Assert.Equal(200, code);
        Assert.Equal("Success", status!["status"]!.GetValue<string>());
        Assert.Equal(cert["metadata"]!["uid"]!.GetValue<string>(), status["details"]!["uid"]!.GetValue<string>());
        Assert.Equal("certificates", status["details"]!["kind"]!.GetValue<string>());

        var (held, app, _) = await k.SendAsync(HttpMethod.Delete, ArgocdApps + "/home-assistant");
        Assert.Equal(200, held);
        Assert.NotNull(app!["metadata"]!["deletionTimestamp"]);
        Assert.Equal(0, app["metadata"]!["deletionGracePeriodSeconds"]!.GetValue<int>());
        var (_, last, _) = await k.SendAsync(HttpMethod.Patch, ArgocdApps + "/home-assistant", """{"metadata":{"finalizers":null}}""", Merge);
        Assert.Equal(app["metadata"]!["resourceVersion"]!.GetValue<string>(), last!["metadata"]!["resourceVersion"]!.GetValue<string>());
        var (gone, _, _) = await k.SendAsync(HttpMethod.Get, ArgocdApps + "/home-assistant");
        Assert.Equal(404, gone);
        var (missing, _, _) = await k.SendAsync(HttpMethod.Delete, ArgocdApps + "/home-assistant");
        Assert.Equal(404, missing);
    }

    [Fact]
    public async Task CoreKinds_ServedGenerically_SecretGetAndUnknownPath404()
    {
        await using var k = await TestEmulator.StartAsync();
        var (code, _, _) = await k.SendAsync(HttpMethod.Post, "/api/v1/namespaces/default/secrets", """{"apiVersion":"v1","kind":"Secret","metadata":{"name":"s1"},"data":{"k":"dg=="}}""");
        Assert.Equal(201, code);
        Assert.Equal("dg==", (await k.GetJsonAsync("/api/v1/namespaces/default/secrets/s1"))["data"]!["k"]!.GetValue<string>());
        Assert.NotEmpty((await k.GetJsonAsync("/apis/apps/v1/deployments"))["items"]!.AsArray());
        Assert.NotEmpty((await k.GetJsonAsync("/api/v1/namespaces"))["items"]!.AsArray());
        var (unknown, _, text) = await k.SendAsync(HttpMethod.Get, "/apis/argoproj.io/v1alpha1/namespaces/argocd/widgets");
        Assert.Equal(404, unknown);
        Assert.Equal("404 page not found\n", text);
    }

    [Fact]
    public async Task Auth_WrongToken401_NoToken403Anonymous()
    {
        await using var k = await TestEmulator.StartAsync();
        using var wrong = TestEmulator.Client(k.Emulator, "nope");
        using var r1 = await wrong.GetAsync(ArgocdApps, TestContext.Current.CancellationToken);
        Assert.Equal(401, (int)r1.StatusCode);
        Assert.Equal("""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401}""" + "\n", await r1.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var anonymous = TestEmulator.Client(k.Emulator, null);
        using var r2 = await anonymous.GetAsync(ArgocdApps, TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await r2.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal(403, (int)r2.StatusCode);
        Assert.Equal("applications.argoproj.io is forbidden: User \"system:anonymous\" cannot list resource \"applications\" in API group \"argoproj.io\" in the namespace \"argocd\"", body["message"]!.GetValue<string>());
    }
}
