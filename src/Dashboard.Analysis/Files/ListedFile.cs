namespace Dashboard.Analysis.Files;

/// <summary>A regular file found under a root: its path relative to the root (forward slashes), full path and size.</summary>
internal sealed record ListedFile(string RelativePath, string FullPath, long Length);
