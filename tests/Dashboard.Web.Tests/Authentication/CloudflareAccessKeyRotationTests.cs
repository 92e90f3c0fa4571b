using System.Net;
using Dashboard.Web.Authentication.CloudflareAccess;

namespace Dashboard.Web.Tests.Authentication;

/// <summary>Its own app: the steps share the key cache and the fake clock, in order.</summary>
public sealed class CloudflareAccessKeyRotationTests : IAsyncLifetime
{
    private readonly CloudflareAccessApp _app = new();

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    [Fact]
    public async Task Me_TeamRotatesKeys_NewKeyPickedUpAndRefreshRateLimited()
    {
        var ops = "ops@example.com";
        Assert.Equal(HttpStatusCode.OK, (await _app.GetAsync("/auth/me", _app.Token(email: ops))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _app.GetAsync("/auth/me", _app.Token(email: ops))).StatusCode);
        Assert.Equal(1, _app.Jwks.Requests);

        // Cloudflare rotates: key B is published, key A withdrawn.
        _app.Jwks.Serve(_app.KeyB);
        _app.Time.Advance(CloudflareAccessKeyCache.MinimumRefreshInterval);
        Assert.Equal(HttpStatusCode.OK, (await _app.GetAsync("/auth/me", _app.Token(key: _app.KeyB, email: ops))).StatusCode);
        Assert.Equal(2, _app.Jwks.Requests);

        // A's tokens are now unknown; the refresh they ask for is within the interval, so no request is made.
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.GetAsync("/auth/me", _app.Token(key: _app.KeyA, email: ops))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.GetAsync("/auth/me", _app.Token(key: _app.Stranger, email: ops))).StatusCode);
        Assert.Equal(2, _app.Jwks.Requests);

        // After the interval a made-up key id costs one more request, and is still refused.
        _app.Time.Advance(CloudflareAccessKeyCache.MinimumRefreshInterval);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.GetAsync("/auth/me", _app.Token(key: _app.Stranger, email: ops))).StatusCode);
        Assert.Equal(3, _app.Jwks.Requests);
        Assert.Equal(HttpStatusCode.OK, (await _app.GetAsync("/auth/me", _app.Token(key: _app.KeyB, email: ops))).StatusCode);
        Assert.Equal(3, _app.Jwks.Requests);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
