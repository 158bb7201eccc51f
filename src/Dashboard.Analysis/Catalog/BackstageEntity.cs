namespace Dashboard.Analysis.Catalog;

/// <summary>One descriptor document, reduced to the fields the dashboard reads.</summary>
public sealed record BackstageEntity(
    string Kind,
    string Name,
    string File,
    int Line,
    string? Description,
    string? Type,
    string? Owner,
    string? Lifecycle,
    IReadOnlyList<string> DependsOn,
    IReadOnlyDictionary<string, string> Annotations);
