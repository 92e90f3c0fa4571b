using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Octokit;

namespace Dashboard.Git.GitHub;

/// <summary>
/// Octokit credentials from a GitHub App installation: signs the app JWT, exchanges it for an installation token
/// (<c>POST /app/installations/{id}/access_tokens</c>), keeps the token and mints a new one <see cref="RefreshMargin"/> before it expires.
/// </summary>
public sealed class GitHubAppCredentialStore : ICredentialStore, IDisposable
{
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly GitHubAppCredentials _app;
    private readonly Uri _apiAddress;
    private readonly TimeProvider _time;
    private readonly HttpClient _http;
    private readonly RSA _key = RSA.Create();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Token, DateTimeOffset ExpiresAt)? _current;

    /// <param name="apiAddress">The API root (<see cref="GitHubClientFactory.ApiAddress"/>), e.g. https://api.github.com/.</param>
    public GitHubAppCredentialStore(GitHubAppCredentials app, Uri apiAddress, TimeProvider time, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        _app = app;
        _apiAddress = apiAddress;
        _time = time;
        _key.ImportFromPem(app.PrivateKeyPem);
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.Timeout = TimeSpan.FromSeconds(30);
    }

    /// <summary>When the current installation token expires; null before the first exchange.</summary>
    public DateTimeOffset? ExpiresAt => _current?.ExpiresAt;

    public async Task<Credentials> GetCredentials()
    {
        var current = _current;
        if (current is { } fresh && _time.GetUtcNow() < fresh.ExpiresAt - RefreshMargin)
        {
            return new Credentials(fresh.Token);
        }

        await _gate.WaitAsync();
        try
        {
            if (_current is not { } still || _time.GetUtcNow() >= still.ExpiresAt - RefreshMargin)
            {
                _current = await ExchangeAsync();
            }

            return new Credentials(_current.Value.Token);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _key.Dispose();
        _gate.Dispose();
    }

    private async Task<(string Token, DateTimeOffset ExpiresAt)> ExchangeAsync()
    {
        var jwt = GitHubAppJwt.Create(_app.AppId, _key, _time.GetUtcNow());
        using var request = new HttpRequestMessage(HttpMethod.Post,
            new Uri(_apiAddress, $"app/installations/{_app.InstallationId.ToString(CultureInfo.InvariantCulture)}/access_tokens"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", jwt);
        request.Headers.Accept.ParseAdd("application/vnd.github+json");
        request.Headers.UserAgent.ParseAdd("Dashboard");
        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new AuthorizationException(response.StatusCode, new InvalidOperationException(
                $"{_app}: exchanging the app JWT for an installation token failed with HTTP {(int)response.StatusCode}: {Message(body)}"));
        }

        using var document = JsonDocument.Parse(body);
        var token = document.RootElement.GetProperty("token").GetString()
            ?? throw new InvalidOperationException($"{_app}: the installation token answer has no token.");
        var expiresAt = document.RootElement.TryGetProperty("expires_at", out var expires) && expires.TryGetDateTimeOffset(out var at)
            ? at
            : _time.GetUtcNow().AddHours(1);
        return (token, expiresAt);
    }

    private static string Message(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("message", out var message) ? message.GetString() ?? body : body;
        }
        catch (JsonException)
        {
            return body.Length > 200 ? body[..200] : body;
        }
    }
}
