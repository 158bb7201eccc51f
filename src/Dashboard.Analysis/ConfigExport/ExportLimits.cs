namespace Dashboard.Analysis.ConfigExport;

/// <summary>
/// Bounds on an App Configuration export file read from a pull request: a store holds at most a few thousand
/// key-values of at most 10 KB each, so anything far larger is a mistake or an attack, refused before it is parsed.
/// </summary>
public sealed record ExportLimits
{
    public long MaxBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>A kvset file nests four levels (file, items, item, tags); a flat file's JSON values a few more.</summary>
    public int MaxDepth { get; init; } = 16;

    public int MaxItems { get; init; } = 20_000;
}
