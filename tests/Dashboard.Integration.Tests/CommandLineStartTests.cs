using System.Diagnostics;

namespace Dashboard.Integration.Tests;

/// <summary>What an operator sees when the dashboard is started with a bad setting: one line, no stack trace.</summary>
public class CommandLineStartTests
{
    [Fact]
    public async Task BadProvider_ExitsNonZeroWithOneLineNamingTheSetting()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Dashboard.Web.dll"));
        start.ArgumentList.Add("--Database:Provider=Oracle");
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var stderr = await process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, process.ExitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("Cannot start: Database:Provider is 'Oracle'; accepted values: Sqlite, SqlServer.", line.TrimEnd('\r'));
    }
}
