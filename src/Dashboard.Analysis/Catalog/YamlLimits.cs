namespace Dashboard.Analysis.Catalog;

/// <summary>
/// The shape a catalog file may have. Checked with YamlDotNet's event parser, which keeps its own stack, before the
/// recursive loader sees the text: 60 KB of <c>[[[[…</c> would otherwise overflow the process's stack, and a few
/// lines of nested aliases would expand to billions of nodes.
/// </summary>
public sealed record YamlLimits
{
    /// <summary>Backstage descriptors nest a handful of levels; 64 leaves room for anything real.</summary>
    public int MaxDepth { get; init; } = 64;
    public int MaxDocuments { get; init; } = 1_000;
    /// <summary>Nodes counted as loaded, each alias as the whole node it repeats.</summary>
    public long MaxNodes { get; init; } = 200_000;
    public int MaxScalarLength { get; init; } = 64 * 1024;
    /// <summary>A catalog file read from disk; the API's own request limit applies to an import.</summary>
    public long MaxFileBytes { get; init; } = 4L * 1024 * 1024;

    public static YamlLimits Default { get; } = new();
}
