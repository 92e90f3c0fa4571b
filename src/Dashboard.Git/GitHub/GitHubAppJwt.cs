using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Dashboard.Git.GitHub;

/// <summary>The app's own JWT (RS256), as GitHub asks: <c>iat</c> 60 s in the past against clock drift, <c>exp</c> 9 minutes ahead (limit 10), <c>iss</c> the app id.</summary>
public static class GitHubAppJwt
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(9);

    public static string Create(long appId, RSA privateKey, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(privateKey);
        var header = Base64Url(Encoding.UTF8.GetBytes("{\"alg\":\"RS256\",\"typ\":\"JWT\"}"));
        var payload = Base64Url(Encoding.UTF8.GetBytes(new JsonObject
        {
            ["iat"] = now.AddSeconds(-60).ToUnixTimeSeconds(),
            ["exp"] = (now + Lifetime).ToUnixTimeSeconds(),
            ["iss"] = appId.ToString(CultureInfo.InvariantCulture),
        }.ToJsonString()));
        var signature = privateKey.SignData(Encoding.ASCII.GetBytes($"{header}.{payload}"), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{header}.{payload}.{Base64Url(signature)}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
