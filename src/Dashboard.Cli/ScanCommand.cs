using System.CommandLine;
using System.CommandLine.Parsing;

namespace Dashboard.Cli;

/// <summary>
/// <c>dashboard scan &lt;folder&gt; [--catalog &lt;file-or-folder&gt;] [--json]</c>: what the services under a folder
/// do with configuration, as JSON for pipelines or as a short summary for people.
/// </summary>
public static class ScanCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("folder")
        {
            Description = "The folder that holds the services' source: one service per .csproj, named after it, unless --catalog names them.",
        };
        folder.Validators.Add(MustBeFolder);
        var catalog = new Option<string>("--catalog")
        {
            Description = "A Backstage catalog-info.yaml, or a folder of them: services and their folders come from the "
                + "dashboard/source-path (relative to <folder>) or backstage.io/source-location annotations.",
            HelpName = "file-or-folder",
        };
        catalog.Validators.Add(MustBeFileOrFolder);
        var json = new Option<bool>("--json") { Description = "Print the scan as JSON (services and diagnostics) instead of a summary." };

        var command = new Command("scan", "Scan services' C# source for App Configuration selectors, refresh, key reads, retries, health checks and risks.")
        {
            folder, catalog, json,
        };
        command.SetAction((parseResult, cancellationToken) => new ScanRun(stdout, stderr).RunAsync(
            parseResult.GetRequiredValue(folder), parseResult.GetValue(catalog), parseResult.GetValue(json), cancellationToken));
        return command;
    }

    private static void MustBeFolder(ArgumentResult result)
    {
        var path = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
        if (path is not null && !Directory.Exists(path))
            result.AddError(File.Exists(path)
                ? $"The source folder '{path}' is a file. Pass the folder that holds the services' source."
                : $"The source folder '{path}' does not exist. Pass the folder that holds the services' source (one .csproj per service).");
    }

    private static void MustBeFileOrFolder(OptionResult result)
    {
        var path = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
        if (path is not null && !File.Exists(path) && !Directory.Exists(path))
            result.AddError($"The catalog '{path}' does not exist. Pass --catalog a catalog-info.yaml file or a folder of them, or leave it out to name services after their projects.");
    }
}
