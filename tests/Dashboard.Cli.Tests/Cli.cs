namespace Dashboard.Cli.Tests;

// Runs the tool in-process through the same entry point as Program.cs, capturing both streams.
internal static class Cli
{
    public static string SamplesRoot { get; } = Path.Combine(AppContext.BaseDirectory, "Samples");

    public static async Task<CliOutput> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await DashboardCli.InvokeAsync(args, stdout, stderr);
        return new CliOutput(exitCode, stdout.ToString(), stderr.ToString());
    }
}
