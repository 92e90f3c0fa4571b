namespace Dashboard.Testing;

/// <summary>The checkout the tests run from (the folder holding Dashboard.sln).</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Locate();

    private static string Locate()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Dashboard.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException($"No Dashboard.sln above {AppContext.BaseDirectory}.");
    }
}
