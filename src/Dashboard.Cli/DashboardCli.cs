using System.CommandLine;

namespace Dashboard.Cli;

/// <summary>
/// The <c>dashboard</c> command-line tool: its commands, and one entry point that Program.cs and the tests call
/// with their own output writers.
/// </summary>
public static class DashboardCli
{
    /// <summary>Every command the tool offers.</summary>
    public static RootCommand CreateRootCommand(TextWriter stdout, TextWriter stderr) =>
        new("Config dependency checks for pipelines: scan services' source, and the blast radius of a config change.")
        {
            ScanCommand.Create(stdout, stderr),
            BlastRadiusCommand.Create(stdout, stderr),
        };

    /// <summary>
    /// Parses and runs <paramref name="args"/>. Returns <see cref="ExitCodes.BadArguments"/> (2) with a message on
    /// <paramref name="stderr"/> when the command line is wrong, otherwise the command's exit code.
    /// </summary>
    public static async Task<int> InvokeAsync(
        string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var parseResult = CreateRootCommand(stdout, stderr).Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            // The library's own error action exits 1; pipelines need bad input (2) apart from a failed run (1).
            foreach (var error in parseResult.Errors)
                await stderr.WriteLineAsync($"dashboard: {error.Message}");
            await stderr.WriteLineAsync($"Run '{CommandPath(parseResult)} --help' to see the arguments and options.");
            return ExitCodes.BadArguments;
        }
        return await parseResult.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, cancellationToken);
    }

    private static string CommandPath(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            names.Insert(0, result.Command is RootCommand ? "dashboard" : result.Command.Name);
        return string.Join(' ', names);
    }
}
