namespace Dashboard.Domain.Catalog;

/// <summary>A problem found while reading a catalog: where (file and line) and what to do about it.</summary>
public sealed record CatalogDiagnostic(string File, int? Line, string Message)
{
    public override string ToString() => Line is null ? $"{File}: {Message}" : $"{File}:{Line}: {Message}";
}
