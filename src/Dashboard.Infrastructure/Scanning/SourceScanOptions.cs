namespace Dashboard.Infrastructure.Scanning;

/// <summary>The <c>SourceScan</c> settings: which source tree the config map reads.</summary>
public sealed class SourceScanOptions
{
    public const string SectionName = "SourceScan";

    /// <summary>The folder holding the services' source; empty means the demo world's services.</summary>
    public string Root { get; set; } = "";

    /// <summary>How often the source is scanned again on its own; 0 turns the periodic scan off (Refresh and catalog edits still rescan).</summary>
    public int RefreshMinutes { get; set; } = 60;

    public string ResolveRoot() => string.IsNullOrWhiteSpace(Root)
        ? Path.Combine(AppContext.BaseDirectory, "DemoWorld", "Sources")
        : Path.GetFullPath(Root);
}
