using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Dashboard.Sandbox.GitHub;

/// <summary>A request to the emulated repository, with the path after <c>repos/{owner}/{name}/</c> already split.</summary>
/// <param name="Repository">The repository the path names.</param>
/// <param name="Rest">Path segments after the repository, URL-decoded.</param>
/// <param name="ApiBase">Absolute base for URLs in bodies and Link headers, ending in <c>/api/v3/</c>.</param>
internal sealed record GitHubApiRequest(SandboxGitRepository Repository, string Method, IReadOnlyList<string> Rest, IQueryCollection Query, JsonElement? Body, Uri ApiBase, string RawPath)
{
    public string RepoApi => $"{ApiBase}repos/{Repository.Identity.FullName}/";

    public string RepoHtml => $"{ApiBase.GetLeftPart(UriPartial.Authority)}/{Repository.Identity.FullName}/";

    public string RestFrom(int index) => string.Join('/', Rest.Skip(index));

    public string? QueryValue(string name) => Query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    public int QueryInt(string name, int fallback, int min, int max) =>
        int.TryParse(QueryValue(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? Math.Clamp(value, min, max) : fallback;

    public string? BodyString(string name) =>
        Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public bool BodyBool(string name) =>
        Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
