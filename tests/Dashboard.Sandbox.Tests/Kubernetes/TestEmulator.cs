using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Kubernetes;
using Dashboard.Sandbox.Seeding;

namespace Dashboard.Sandbox.Tests.Kubernetes;

/// <summary>A seeded emulator on a real loopback port plus an authenticated HttpClient for it.</summary>
internal sealed class TestEmulator : IAsyncDisposable
{
    private TestEmulator(KubernetesEmulator emulator)
    {
        Emulator = emulator;
        Http = Client(emulator, "sandbox");
    }

    public KubernetesEmulator Emulator { get; }

    public HttpClient Http { get; }

    public static async Task<TestEmulator> StartAsync(KubernetesEmulatorOptions? options = null)
    {
        var emulator = await KubernetesEmulator.StartAsync(options ?? new KubernetesEmulatorOptions(), null, TestContext.Current.CancellationToken);
        SandboxSeed.Apply(emulator);
        return new TestEmulator(emulator);
    }

    public static HttpClient Client(KubernetesEmulator emulator, string? token)
    {
        // Trust exactly the emulator's self-signed certificate.
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == emulator.Certificate.Thumbprint,
        };
        var http = new HttpClient(handler) { BaseAddress = emulator.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }

    public async Task<JsonObject> GetJsonAsync(string path)
    {
        using var response = await Http.GetAsync(path, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} -> {(int)response.StatusCode}: {text}");
        return (JsonObject)JsonNode.Parse(text)!;
    }

    public async Task<(int Code, JsonObject? Body, string Text)> SendAsync(HttpMethod method, string path, string? body = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        using var response = await Http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        JsonObject? json = null;
        if (response.Content.Headers.ContentType?.MediaType == "application/json")
        {
            json = JsonNode.Parse(text) as JsonObject;
        }

        return ((int)response.StatusCode, json, text);
    }

    public Task<WatchReader> WatchAsync(string pathAndQuery) => WatchReader.OpenAsync(Http, pathAndQuery);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
