namespace Dashboard.Analysis.Scanning;

// A service to scan: its name, its folder relative to the root, and its C# files (relative paths).
internal sealed record ServiceSource(string Name, string Path, IReadOnlyList<string> Files);
