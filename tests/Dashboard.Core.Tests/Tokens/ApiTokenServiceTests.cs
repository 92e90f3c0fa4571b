using Dashboard.Core.Tokens;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Core.Tests.Tokens;

public sealed class ApiTokenServiceTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private readonly InMemoryApiTokenStore _store = new();
    private readonly ApiTokenService _service;

    public ApiTokenServiceTests() => _service = new ApiTokenService(_store, _time);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_Viewer_SecretHasTheFormatAndOnlyItsHashIsStored()
    {
        var created = await _service.CreateAsync(" start page ", ApiTokenRole.Viewer, null, "ana", creatorCanOperate: true, Token);

        Assert.Matches("^dbt_[A-Za-z0-9_-]{43}$", created.Secret);
        Assert.Equal("start page", created.Token.Name);
        var row = Assert.Single(_store.Rows);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(created.Secret)), row.Hash);
        Assert.Equal(created.Secret[..12], row.Record.Prefix);
    }

    [Fact]
    public async Task Create_TwoTokens_AreDifferent()
    {
        var a = await _service.CreateAsync("a", ApiTokenRole.Viewer, null, "ana", true, Token);
        var b = await _service.CreateAsync("b", ApiTokenRole.Viewer, null, "ana", true, Token);

        Assert.NotEqual(a.Secret, b.Secret);
    }

    [Fact]
    public async Task Create_OperatorByCreatorWhoCannotOperate_IsRefused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            _service.CreateAsync("ci", ApiTokenRole.Operator, null, "viewer", creatorCanOperate: false, Token));

        Assert.Equal("role", error.ParamName);
        Assert.Empty(_store.Rows);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Create_BlankName_IsRefused(string name)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _service.CreateAsync(name, ApiTokenRole.Viewer, null, "ana", true, Token));

        Assert.Equal("name", error.ParamName);
    }

    [Fact]
    public async Task Create_ExpiryInThePast_IsRefused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            _service.CreateAsync("old", ApiTokenRole.Viewer, _time.GetUtcNow().AddMinutes(-1), "ana", true, Token));

        Assert.Equal("expiresAt", error.ParamName);
    }

    [Fact]
    public async Task Check_ValidToken_ReturnsRecordAndMarksUseOncePerMinute()
    {
        var created = await _service.CreateAsync("w", ApiTokenRole.Operator, null, "ana", true, Token);

        var first = await _service.CheckAsync(created.Secret, Token);
        var second = await _service.CheckAsync(created.Secret, Token);
        _time.Advance(TimeSpan.FromMinutes(2));
        await _service.CheckAsync(created.Secret, Token);

        Assert.Equal(ApiTokenRole.Operator, first.Token?.Role);
        Assert.Equal(_time.GetUtcNow().AddMinutes(-2), second.Token?.LastUsedAt);
        Assert.Equal(2, _store.MarkUsedCalls);
    }

    [Fact]
    public async Task Check_RevokedToken_IsRefused()
    {
        var created = await _service.CreateAsync("w", ApiTokenRole.Viewer, null, "ana", true, Token);
        Assert.True(await _service.RevokeAsync(created.Token.Id, "ana", Token));

        var check = await _service.CheckAsync(created.Secret, Token);

        Assert.Null(check.Token);
        Assert.Equal("The token was revoked.", check.Refusal);
        Assert.False(await _service.RevokeAsync(created.Token.Id, "ana", Token));
    }

    [Fact]
    public async Task Check_AtExpiry_IsRefused()
    {
        var created = await _service.CreateAsync("w", ApiTokenRole.Viewer, _time.GetUtcNow().AddDays(1), "ana", true, Token);
        Assert.NotNull((await _service.CheckAsync(created.Secret, Token)).Token);

        _time.Advance(TimeSpan.FromDays(1));

        Assert.Equal("The token expired.", (await _service.CheckAsync(created.Secret, Token)).Refusal);
    }

    [Fact]
    public async Task Check_SamePrefixDifferentRest_IsUnknown()
    {
        var created = await _service.CreateAsync("w", ApiTokenRole.Viewer, null, "ana", true, Token);
        var last = created.Secret[^1] == 'A' ? 'B' : 'A';
        var forged = created.Secret[..^1] + last;

        var check = await _service.CheckAsync(forged, Token);

        Assert.Equal("The token is unknown.", check.Refusal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("dbt_")]
    [InlineData("ghp_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("dbt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+=")]
    public async Task Check_Malformed_IsRefusedWithoutLookup(string token)
    {
        var check = await _service.CheckAsync(token, Token);

        Assert.Equal("The token is malformed.", check.Refusal);
    }
}
