namespace Dashboard.Testing;

/// <summary>Paths to the real upstream fixtures (../shared/fixtures), copied next to each test assembly.</summary>
public static class Fixtures
{
    public static string Root { get; } = Locate();

    public static string Objects(string file) => Path.Combine(Root, "objects", file);
    public static string Crd(string file) => Path.Combine(Root, "crds", file);
    public static string GitOps(string relative) => Path.Combine(Root, "gitops", relative);

    private static string Locate()
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "fixtures");
        if (Directory.Exists(Path.Combine(copied, "objects")))
        {
            return copied;
        }

        throw new DirectoryNotFoundException(
            $"Fixtures not found at {copied}. They are copied from ../shared/fixtures at build time; check that the shared folder sits beside the repository.");
    }
}
