using Dashboard.Analysis.Files;

namespace Dashboard.Infrastructure.Scanning;

/// <summary>
/// The <c>SourceScan</c> settings: which source tree the config map reads (<see cref="Root"/>), which folders the
/// server may scan at all (<see cref="Roots"/>, for <c>POST /api/scan</c> and the cached scan), and the limits every
/// scan on the server works within.
/// </summary>
public sealed class SourceScanOptions
{
    public const string SectionName = "SourceScan";

    /// <summary>The folder holding the services' source; empty means the demo world's services.</summary>
    public string Root { get; set; } = "";

    /// <summary>How often the source is scanned again on its own; 0 turns the periodic scan off (Refresh and catalog edits still rescan).</summary>
    public int RefreshMinutes { get; set; } = 60;

    /// <summary>Absolute folders a scan may read under; empty means <see cref="Root"/> alone.</summary>
    public List<string> Roots { get; set; } = [];

    public long MaxFileBytes { get; set; } = 2L * 1024 * 1024;

    public long MaxTotalBytes { get; set; } = 256L * 1024 * 1024;

    public int TimeLimitSeconds { get; set; } = 120;

    public string ResolveRoot() => string.IsNullOrWhiteSpace(Root)
        ? Path.Combine(AppContext.BaseDirectory, "DemoWorld", "Sources")
        : Path.GetFullPath(Root);

    public ScanRoots AllowedRoots() => new(Roots.Count == 0 ? [ResolveRoot()] : Roots);

    public FileTreeLimits Limits() => new() { MaxFileBytes = MaxFileBytes, MaxTotalBytes = MaxTotalBytes };
}
