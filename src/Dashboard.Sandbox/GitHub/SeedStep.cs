namespace Dashboard.Sandbox.GitHub;

/// <summary>One commit of the seeded history: who, when, why, and how it changes the files (path → text).</summary>
internal sealed record SeedStep(
    string Label,
    string AuthorName,
    string AuthorEmail,
    DateTimeOffset When,
    string Message,
    Action<IDictionary<string, string>> Apply);
