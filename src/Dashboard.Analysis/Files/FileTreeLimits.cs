namespace Dashboard.Analysis.Files;

/// <summary>
/// How much of a folder a reader takes in: files larger than <see cref="MaxFileBytes"/> are skipped with a
/// diagnostic; a folder whose wanted files add up to more than <see cref="MaxTotalBytes"/> is refused whole
/// (a partial picture would pass for a complete one).
/// </summary>
public sealed record FileTreeLimits
{
    /// <summary>Generous enough for generated code; a file this size is not source anyone reads.</summary>
    public const long DefaultMaxFileBytes = 4L * 1024 * 1024;
    public const long DefaultMaxTotalBytes = 1024L * 1024 * 1024;

    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;
    public long MaxTotalBytes { get; init; } = DefaultMaxTotalBytes;

    public static FileTreeLimits Default { get; } = new();
}
