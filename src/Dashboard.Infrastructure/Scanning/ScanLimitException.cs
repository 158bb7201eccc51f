using Dashboard.Analysis.Files;

namespace Dashboard.Infrastructure.Scanning;

/// <summary>A scan on the server stopped at one of its limits; <see cref="Setting"/> names the setting that sets it.</summary>
public sealed class ScanLimitException(string setting, string message) : Exception(message)
{
    public string Setting { get; } = setting;

    public static ScanLimitException TimeLimit(string root, int seconds) => new("SourceScan:TimeLimitSeconds",
        $"The scan of '{root}' took longer than the {seconds} s limit (SourceScan:TimeLimitSeconds) and was stopped; scan a smaller folder or raise the limit.");

    public static ScanLimitException TotalSize(FileTreeLimitException limit) => new("SourceScan:MaxTotalBytes",
        $"{limit.Message} (SourceScan:MaxTotalBytes)");
}
