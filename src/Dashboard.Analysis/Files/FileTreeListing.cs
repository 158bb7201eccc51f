namespace Dashboard.Analysis.Files;

/// <summary>The wanted files under a root, and every entry that was left out and why.</summary>
internal sealed record FileTreeListing(IReadOnlyList<ListedFile> Files, IReadOnlyList<FileProblem> Problems);
