namespace Dashboard.Web.Configuration;

public sealed class DataOptions
{
    /// <summary>SQLite file; relative paths are resolved against the app's folder, not the working directory.</summary>
    public string Path { get; set; } = "data/dashboard.db";
}
