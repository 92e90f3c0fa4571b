namespace Dashboard.Core.GitOps;

/// <summary>One file of a multi-file diff; a null text means the file does not exist on that side (added or deleted).</summary>
public sealed record DiffFile(string Path, string? OldText, string? NewText);
