using System.Text.Json.Nodes;

namespace Dashboard.Helm.Tests;

/// <summary>The rules of a rendered (Cluster)Role as "group/resource" → verbs, for exact comparisons.</summary>
public static class RbacRules
{
    public static IReadOnlyDictionary<string, SortedSet<string>> Of(JsonObject role)
    {
        var grants = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var rule in role["rules"]?.AsArray() ?? [])
        {
            Assert.Null(rule!["resourceNames"]);
            foreach (var group in rule["apiGroups"]!.AsArray())
            {
                foreach (var resource in rule["resources"]!.AsArray())
                {
                    var key = Key((string)group!, (string)resource!);
                    if (!grants.TryGetValue(key, out var verbs))
                    {
                        grants[key] = verbs = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    verbs.UnionWith(rule["verbs"]!.AsArray().Select(v => (string)v!));
                }
            }
        }

        return grants;
    }

    public static string Key(string group, string resource) => $"{group}/{resource}";

    /// <summary>Readable form for assertion messages and equality: "argoproj.io/applications: get,list,watch".</summary>
    public static IReadOnlyList<string> Describe(IReadOnlyDictionary<string, SortedSet<string>> grants) =>
        grants.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {string.Join(',', g.Value)}").ToList();
}
