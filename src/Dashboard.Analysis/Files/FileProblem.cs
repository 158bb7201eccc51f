namespace Dashboard.Analysis.Files;

/// <summary>Something a reader could not take in, where it is (relative path, 1-based line when known) and why.</summary>
public sealed record FileProblem(string File, int? Line, string Message);
