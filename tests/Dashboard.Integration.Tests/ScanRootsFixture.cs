using Dashboard.TestHost;

namespace Dashboard.Integration.Tests;

/// <summary>
/// A dashboard allowed to scan the sample services and a throw-away folder the tests fill with trees to scan (symlink
/// loops, oversized files, a large fleet, hostile catalogs). Limits are set low enough to reach in a test.
/// </summary>
public sealed class ScanRootsFixture : IAsyncLifetime
{
    public const long MaxFileBytes = 1024 * 1024;
    public const int TimeLimitSeconds = 5;

    public static string SamplesRoot { get; } = Path.Combine(AppContext.BaseDirectory, "Samples");

    public string TempRoot { get; } = Directory.CreateTempSubdirectory("scan-roots-").FullName;

    public DashboardTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await DashboardTestHost.StartAsync(Settings());
        // The first scan in a process pays for compiling the scanner itself; tests that time scans start warm.
        await new Dashboard.Analysis.Scanning.SourceScanner().ScanAsync(SamplesRoot, null, CancellationToken.None);
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["SourceScan:Roots:0"] = SamplesRoot,
        ["SourceScan:Roots:1"] = TempRoot,
        // The config map's own root (the demo world's services) must be allowed too, or the dashboard refuses to start.
        ["SourceScan:Roots:2"] = Path.Combine(AppContext.BaseDirectory, "DemoWorld", "Sources"),
        ["SourceScan:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["SourceScan:TimeLimitSeconds"] = TimeLimitSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(TempRoot, recursive: true);
    }

    /// <summary>A new empty folder under the temp root.</summary>
    public string NewFolder(string name)
    {
        var folder = Path.Combine(TempRoot, name + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
