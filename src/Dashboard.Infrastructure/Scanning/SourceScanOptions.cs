namespace Dashboard.Infrastructure.Scanning;

/// <summary>The <c>SourceScan</c> settings: which source tree the config map reads.</summary>
public sealed class SourceScanOptions
{
    public const string SectionName = "SourceScan";

    /// <summary>The folder holding the services' source; empty means the demo world's services.</summary>
    public string Root { get; set; } = "";

    public string ResolveRoot() => string.IsNullOrWhiteSpace(Root)
        ? Path.Combine(AppContext.BaseDirectory, "DemoWorld", "Sources")
        : Path.GetFullPath(Root);
}
