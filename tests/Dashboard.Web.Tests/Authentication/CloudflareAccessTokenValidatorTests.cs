using System.Text;
using Dashboard.Web.Authentication.CloudflareAccess;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;

namespace Dashboard.Web.Tests.Authentication;

/// <summary>The validator on its own, against a local JWKS and a fake clock.</summary>
public sealed class CloudflareAccessTokenValidatorTests : IAsyncLifetime
{
    private const string Issuer = "https://homelab.cloudflareaccess.com";
    private const string Audience = "aud-tag";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now);
    private readonly TestSigningKey _key = new("key-a");
    private JwksServer _jwks = null!;
    private CloudflareAccessTokenValidator _validator = null!;
    private CloudflareAccessOptions _options = null!;

    public async ValueTask InitializeAsync()
    {
        _jwks = await JwksServer.StartAsync(_key);
        var cache = new CloudflareAccessKeyCache(new HttpClient(), _time, NullLogger<CloudflareAccessKeyCache>.Instance);
        _validator = new CloudflareAccessTokenValidator(cache, _time);
        _options = new CloudflareAccessOptions { TeamDomain = "homelab.cloudflareaccess.com", Audience = Audience, JwksUri = _jwks.CertsUri };
    }

    [Fact]
    public async Task ValidateAsync_ValidToken_UserNamedByEmailWithSessionEnd()
    {
        var (user, error) = await _validator.ValidateAsync(_key.CreateToken(Issuer, Audience, Now.AddHours(2)), _options, TestContext.Current.CancellationToken);

        Assert.Null(error);
        Assert.Equal("ana@example.com", user!.Identity!.Name);
        Assert.Equal(Now.AddHours(2), Dashboard.Web.Authentication.SessionExpiry.Of(user));
    }

    [Fact]
    public async Task ValidateAsync_NotValidYetBeyondSkew_Refused()
    {
        var token = _key.CreateToken(Issuer, Audience, Now.AddHours(1), notBefore: Now.AddMinutes(5));

        var (user, error) = await _validator.ValidateAsync(token, _options, TestContext.Current.CancellationToken);

        Assert.Null(user);
        Assert.Equal("the token has expired or is not valid yet", error);
    }

    [Fact]
    public async Task ValidateAsync_ClockMovesPastExpiryAndSkew_Refused()
    {
        var token = _key.CreateToken(Issuer, Audience, Now.AddMinutes(10));
        Assert.NotNull((await _validator.ValidateAsync(token, _options, TestContext.Current.CancellationToken)).User);

        _time.Advance(TimeSpan.FromMinutes(10) + CloudflareAccessTokenValidator.ClockSkew + TimeSpan.FromSeconds(1));

        Assert.Null((await _validator.ValidateAsync(token, _options, TestContext.Current.CancellationToken)).User);
    }

    [Fact]
    public async Task ValidateAsync_UnsignedTokenNamingAPublishedKey_Refused()
    {
        var signed = _key.CreateToken(Issuer, Audience, Now.AddHours(1));
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes("""{"alg":"none","kid":"key-a","typ":"JWT"}"""));
        var unsigned = header + "." + signed.Split('.')[1] + ".";

        var (user, _) = await _validator.ValidateAsync(unsigned, _options, TestContext.Current.CancellationToken);

        Assert.Null(user);
    }

    [Fact]
    public async Task ValidateAsync_TamperedPayload_RefusedAsBadSignature()
    {
        var parts = _key.CreateToken(Issuer, Audience, Now.AddHours(1)).Split('.');
        var payload = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(Base64UrlEncoder.Decode(parts[1]).Replace("ana@example.com", "ops@example.com", StringComparison.Ordinal)));

        var (user, error) = await _validator.ValidateAsync($"{parts[0]}.{payload}.{parts[2]}", _options, TestContext.Current.CancellationToken);

        Assert.Null(user);
        Assert.Equal("the token's signature is not valid", error);
    }

    public async ValueTask DisposeAsync()
    {
        await _jwks.DisposeAsync();
        _key.Dispose();
    }
}
