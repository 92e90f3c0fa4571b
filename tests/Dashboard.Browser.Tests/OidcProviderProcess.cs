using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using Dashboard.Testing;

namespace Dashboard.Browser.Tests;

/// <summary>
/// The npm <c>oidc-provider</c> (oidc/provider.mjs) as a child process on 127.0.0.1: a real OpenID provider with
/// dev login/consent pages, PKCE required, a confidential client "dashboard" and a groups claim.
/// Accounts: olivia (groups homelab-ops, family) and victor (family); any password.
/// </summary>
public sealed class OidcProviderProcess : IAsyncDisposable
{
    public const string ClientId = "dashboard";
    public const string ClientSecret = "dashboard-test-secret";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly List<string> _output = [];

    private OidcProviderProcess(Process process)
    {
        _process = process;
    }

    /// <summary>The issuer, exactly as the provider spells it (and so the Authority to configure).</summary>
    public string Issuer { get; private set; } = "";

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join(Environment.NewLine, _output);
            }
        }
    }

    public static async Task<OidcProviderProcess> StartAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(RepositoryRoot.Path, "tests", "Dashboard.Browser.Tests", "oidc");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "oidc-provider")))
        {
            throw new InvalidOperationException($"oidc-provider is not installed in {folder}. Run the repository's test command (./test.sh), which runs npm ci there.");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("provider.mjs");
        var provider = new OidcProviderProcess(new Process { StartInfo = start });
        provider._process.OutputDataReceived += (_, e) => provider.OnLine(e.Data);
        provider._process.ErrorDataReceived += (_, e) => provider.OnLine(e.Data);
        provider._process.Start();
        provider._process.BeginOutputReadLine();
        provider._process.BeginErrorReadLine();
        var listening = await provider.WaitForLineAsync("LISTENING ", cancellationToken);
        provider.Issuer = listening["LISTENING ".Length..].Trim();
        return provider;
    }

    /// <summary>Registers the dashboard's callback addresses (known only once the dashboard listens) and starts answering.</summary>
    public async Task ConfigureAsync(IEnumerable<string> redirectUris, IEnumerable<string> postLogoutRedirectUris, CancellationToken cancellationToken)
    {
        var line = JsonSerializer.Serialize(new { redirectUris, postLogoutRedirectUris });
        await _process.StandardInput.WriteLineAsync(line.AsMemory(), cancellationToken);
        await _process.StandardInput.FlushAsync(cancellationToken);
        await WaitForLineAsync("READY", cancellationToken);
    }

    /// <summary>The redirect_uri of every authorization and pushed authorization request the provider received.</summary>
    public async Task<IReadOnlyList<string>> RedirectUrisSeenAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var json = await client.GetStringAsync(new Uri(Issuer + "/test/requests"), cancellationToken);
        return JsonDocument.Parse(json).RootElement.EnumerateArray().Select(e => e.GetProperty("redirect_uri").GetString()!).ToList();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        _lines.Writer.TryWrite(line);
    }

    private async Task<string> WaitForLineAsync(string prefix, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        try
        {
            while (true)
            {
                var line = await _lines.Reader.ReadAsync(timeout.Token);
                if (line.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return line;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The OpenID provider did not print '{prefix}' within {StartTimeout.TotalSeconds} s. Output:{Environment.NewLine}{Output}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
