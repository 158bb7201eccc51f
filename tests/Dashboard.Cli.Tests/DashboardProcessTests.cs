using System.Diagnostics;
using System.Text.Json;

namespace Dashboard.Cli.Tests;

// The built tool as a pipeline runs it: a real process, JSON on stdout, the exit code.
public class DashboardProcessTests
{
    [Fact]
    public async Task DashboardDll_ScanSamplesJson_PrintsParsableJsonAndExitsZero()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "dashboard.dll"), "scan", Cli.SamplesRoot, "--json" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal((0, ""), (process.ExitCode, await stderr));
        using var document = JsonDocument.Parse(await stdout);
        Assert.Equal(["billing-api", "frontend", "invoice-renderer"],
            document.RootElement.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
    }
}
