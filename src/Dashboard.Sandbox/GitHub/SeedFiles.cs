using System.Reflection;

namespace Dashboard.Sandbox.GitHub;

/// <summary>Reads the embedded seed files (resource names "GitOpsSeed/&lt;path&gt;").</summary>
internal static class SeedFiles
{
    private const string Prefix = "GitOpsSeed/";

    public static IReadOnlyDictionary<string, string> Load(Func<string, bool> include)
    {
        var assembly = typeof(SeedFiles).Assembly;
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            var path = name.Replace('\\', '/');
            if (!path.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            path = path[Prefix.Length..];
            if (include(path))
            {
                files[path] = Read(assembly, name);
            }
        }

        if (files.Count == 0)
        {
            throw new InvalidOperationException("No embedded GitOps seed files matched; check the 'GitHub seed' items of Dashboard.Sandbox.csproj.");
        }

        return files;
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
