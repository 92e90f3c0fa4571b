namespace Dashboard.Helm.Tests;

/// <summary>What a finished child process left behind.</summary>
public sealed record ProcessResult(int ExitCode, string Output, string Error);
