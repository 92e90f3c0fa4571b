using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dashboard.Sandbox.GitHub;

/// <summary>
/// A GitHub REST emulator on 127.0.0.1:0 over real on-disk repositories (<see cref="SandboxGitRepository"/>): the
/// endpoints Octokit uses, under <c>/api/v3/</c> and without it, with ETag/304, rate-limit headers, token auth
/// and fault hooks (<see cref="Faults"/>). See ../shared/reference/github-rest.md for the behaviour it follows.
/// </summary>
public sealed class GitHubEmulator : IAsyncDisposable
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };

    private readonly WebApplication _app;
    private readonly GitHubEmulatorOptions _options;
    private readonly RepositoryEndpointSet _primary;
    private readonly ConcurrentDictionary<string, RepositoryEndpointSet> _served = new(StringComparer.OrdinalIgnoreCase);
    private readonly InstallationTokenEndpoint _installationTokens;

    private GitHubEmulator(WebApplication app, SandboxGitRepository repository, GitHubEmulatorOptions options)
    {
        _app = app;
        _options = options;
        Repository = repository;
        RateLimit = new GitHubRateLimit(options.RateLimit, options.RateLimitWindow, options.TimeProvider);
        _primary = new RepositoryEndpointSet(repository, Faults, options.TimeProvider);
        _served[repository.Identity.FullName] = _primary;
        _installationTokens = new InstallationTokenEndpoint(options);
    }

    /// <summary>Root of the server, e.g. <c>http://127.0.0.1:5123/</c> (Octokit's GitHubClient appends <c>api/v3/</c> itself).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The API root as GitHub Enterprise names it: <c>http://127.0.0.1:5123/api/v3/</c>.</summary>
    public Uri ApiAddress => new(BaseAddress, "/api/v3/");

    /// <summary>The main repository (homelab/fleet-infra); pull requests and most test hooks work on it.</summary>
    public SandboxGitRepository Repository { get; }

    /// <summary>Every repository served, the main one first.</summary>
    public IReadOnlyList<SandboxGitRepository> Repositories =>
        [Repository, .. _served.Values.Select(s => s.Repository).Where(r => r != Repository).OrderBy(r => r.Identity.FullName, StringComparer.Ordinal)];

    /// <summary>Serves <paramref name="repository"/> under its <see cref="SandboxGitRepository.Identity"/> as well (the caller keeps owning it).</summary>
    public void AddRepository(SandboxGitRepository repository)
    {
        if (!_served.TryAdd(repository.Identity.FullName, new RepositoryEndpointSet(repository, Faults, _options.TimeProvider)))
        {
            throw new InvalidOperationException($"The GitHub emulator already serves {repository.Identity.FullName}.");
        }
    }

    public string Token => _options.Token;

    public GitHubFaults Faults { get; } = new();

    public GitHubRequestLog Requests { get; } = new();

    public GitHubRateLimit RateLimit { get; }

    /// <summary>How many GitHub App installation tokens were issued.</summary>
    public int InstallationTokensIssued => _installationTokens.IssuedCount;

    public IReadOnlyList<SandboxPullRequest> PullRequests
    {
        get
        {
            lock (Repository.Gate)
            {
                return [.. _primary.Pulls.PullRequests];
            }
        }
    }

    /// <summary>Test hook: merges open pull request <paramref name="number"/> into its base on the real repository; returns the base's new SHA.</summary>
    public string MergePullRequest(int number)
    {
        lock (Repository.Gate)
        {
            return _primary.Pulls.Merge(number);
        }
    }

    /// <summary>Test hook: closes open pull request <paramref name="number"/> without merging.</summary>
    public void ClosePullRequest(int number)
    {
        lock (Repository.Gate)
        {
            _primary.Pulls.Close(number);
        }
    }

    public static async Task<GitHubEmulator> StartAsync(
        SandboxGitRepository repository, GitHubEmulatorOptions? options = null, ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        // Ignore ASPNETCORE_URLS and appsettings of the host process: the port is always 127.0.0.1:0.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        if (loggerFactory is not null)
        {
            builder.Services.AddSingleton(loggerFactory);
        }

        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var emulator = new GitHubEmulator(app, repository, options ?? new GitHubEmulatorOptions());
        app.Run(emulator.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        emulator.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return emulator;
    }

    public async ValueTask DisposeAsync()
    {
        Faults.ReleaseHeldRequests();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        path = path.StartsWith("/api/v3/", StringComparison.Ordinal) ? path[7..] : path;
        var delay = Faults.TakeDelay();
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, context.RequestAborted);
        }

        var hold = context.Request.Method == "PATCH" && path.Contains("/git/refs/", StringComparison.Ordinal) ? Faults.TakeRefUpdateHold() : null;
        if (hold is { AfterApplying: false })
        {
            await hold.WaitAsync(context.RequestAborted);
        }

        var result = await AnswerAsync(context, path);
        if (hold is { AfterApplying: true })
        {
            await hold.WaitAsync(context.RequestAborted);
        }

        await WriteAsync(context, result, path);
    }

    private async Task<GitHubApiResult> AnswerAsync(HttpContext context, string path)
    {
        // The app's JWT authenticates only this endpoint; the token it returns then works everywhere else.
        var appSegments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (_installationTokens.Handle(context.Request.Method, appSegments, context.Request.Headers.Authorization.ToString()) is { } issued)
        {
            return issued;
        }

        if (!Authorized(context.Request.Headers.Authorization.ToString()))
        {
            return GitHubApiResult.Error(HttpStatusCode.Unauthorized, "Bad credentials", "https://docs.github.com/rest");
        }

        if (Faults.TakeServerError())
        {
            return GitHubApiResult.Error(HttpStatusCode.BadGateway, "Server Error");
        }

        if (Faults.TakeSecondaryRateLimit() is { } retryAfter)
        {
            return new GitHubApiResult(HttpStatusCode.Forbidden,
                GitHubApiResult.Error(HttpStatusCode.Forbidden, "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
                    "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits").Body,
                new Dictionary<string, string> { ["Retry-After"] = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        if (RateLimit.Remaining == 0)
        {
            return GitHubApiResult.Error(HttpStatusCode.Forbidden, "API rate limit exceeded for user ID 1. If you reach out to GitHub Support for help, please include the request ID.",
                "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api");
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        if (segments is ["rate_limit"])
        {
            var (remaining, reset) = RateLimit.Current();
            var core = new { limit = RateLimit.Limit, remaining, reset, used = RateLimit.Limit - remaining };
            return GitHubApiResult.Ok(new { resources = new { core }, rate = core });
        }

        if (segments.Length < 3 || segments[0] != "repos")
        {
            return GitHubApiResult.NotFound();
        }

        if (!_served.TryGetValue($"{segments[1]}/{segments[2]}", out var served))
        {
            return GitHubApiResult.NotFound();
        }

        JsonElement? body = null;
        if (context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            // Octokit labels its JSON bodies application/x-www-form-urlencoded: parse JSON whatever the Content-Type says.
            try
            {
                using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
                body = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                return GitHubApiResult.Error(HttpStatusCode.BadRequest, "Problems parsing JSON");
            }
        }

        if (context.Request.Method is "POST" or "PATCH" or "PUT" && body is not { ValueKind: JsonValueKind.Object })
        {
            return GitHubApiResult.Error(HttpStatusCode.BadRequest, "Problems parsing JSON");
        }

        var request = new GitHubApiRequest(served.Repository, context.Request.Method, segments[3..], context.Request.Query, body, ApiBase(context), path);
        return served.Handle(request);
    }

    private static Uri ApiBase(HttpContext context) => new($"{context.Request.Scheme}://{context.Request.Host}/api/v3/");

    private bool Authorized(string header)
    {
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return false;
        }

        var scheme = header[..space];
        var token = header[(space + 1)..].Trim();
        return (scheme.Equals("token", StringComparison.OrdinalIgnoreCase) || scheme.Equals("bearer", StringComparison.OrdinalIgnoreCase))
            && (CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(token), System.Text.Encoding.UTF8.GetBytes(_options.Token))
                || _installationTokens.IsValidToken(token));
    }

    private async Task WriteAsync(HttpContext context, GitHubApiResult result, string path)
    {
        var response = context.Response;
        var bytes = result.Body is null ? [] : JsonSerializer.SerializeToUtf8Bytes(result.Body, JsonOptions);
        var status = result.Status;
        string? etag = null;
        if (context.Request.Method == "GET" && status == HttpStatusCode.OK)
        {
            etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))}\"";
            var ifNoneMatch = context.Request.Headers.IfNoneMatch.ToString();
            if (ifNoneMatch.Length > 0 && ifNoneMatch.Split(',').Any(t => t.Trim().TrimStart('W', '/') == etag))
            {
                // A 304 costs no rate limit (GitHub: conditional requests answered 304 are free).
                status = HttpStatusCode.NotModified;
                bytes = [];
            }
        }

        if (status != HttpStatusCode.NotModified && status != HttpStatusCode.Unauthorized)
        {
            RateLimit.TryConsume();
        }

        var (remaining, reset) = RateLimit.Current();
        response.StatusCode = (int)status;
        response.Headers["X-RateLimit-Limit"] = RateLimit.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Remaining"] = remaining.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Reset"] = reset.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Used"] = (RateLimit.Limit - remaining).ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Resource"] = "core";
        response.Headers.Date = _options.TimeProvider.GetUtcNow().ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        if (etag is not null)
        {
            response.Headers.ETag = etag;
        }

        foreach (var (name, value) in result.Headers ?? new Dictionary<string, string>())
        {
            if (value.Length > 0)
            {
                response.Headers[name] = value;
            }
        }

        // Recorded before the response leaves: a client that has its answer must find the request in the log already.
        Requests.Add(new RecordedRequest(context.Request.Method, path, context.Request.QueryString.Value ?? string.Empty, response.StatusCode));
        if (bytes.Length > 0)
        {
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = bytes.Length;
            await response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }
}
