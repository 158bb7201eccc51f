using System.CommandLine;
using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.ConfigStores;

namespace Dashboard.Cli;

/// <summary>
/// <c>dashboard blast-radius --catalog … --source … --key K [--label L] [--value V | --delete] [--fail-on high] [--json]</c>:
/// the blast radius of a change computed offline from a Backstage catalog and the services' source, for pull-request gates.
/// Without --value or --delete it analyses any change to the key. With <c>--diff before.json after.json</c> instead of
/// --key it analyses every key-value two <c>az appconfig kv export</c> files differ in (<c>--format markdown</c> for a comment).
/// </summary>
public static class BlastRadiusCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var catalog = new Option<string>("--catalog") { Description = "A Backstage catalog-info.yaml or a folder of them (services, owners, dependsOn, retry annotations).", HelpName = "file-or-folder" };
        var source = new Option<string>("--source") { Description = "The folder with the services' C# source.", HelpName = "folder" };
        var key = new Option<string>("--key") { Description = "The key to change, e.g. tax.rate.default (or give --diff)." };
        var diff = new Option<string[]>("--diff")
        {
            Description = "Two 'az appconfig kv export' files, before and after (--profile appconfig/kvset, or flat JSON with --label): the radius of every key-value added, changed or deleted.",
            Arity = new ArgumentArity(2, 2),
            AllowMultipleArgumentsPerToken = true,
            HelpName = "before.json after.json",
        };
        var label = new Option<string?>("--label") { Description = "The label the change writes (leave out for the key without a label); with --diff, the label of every key in flat JSON files." };
        var value = new Option<string?>("--value") { Description = "The new value (leave out with --delete too to analyse any change to the key)." };
        var contentType = new Option<string?>("--content-type") { Description = "The new value's content type, e.g. application/json." };
        var delete = new Option<bool>("--delete") { Description = "Preview deleting the key instead of setting it." };
        var environment = new Option<string>("--environment") { Description = "The environment the change targets.", DefaultValueFactory = _ => "production" };
        var validated = new Option<bool>("--validated-in-staging") { Description = "The change was applied to staging and verified there." };
        var failOn = new Option<RiskLevel?>("--fail-on") { Description = "Exit 1 when the risk level is at or above this: low, medium, high or critical." };
        var json = new Option<bool>("--json") { Description = "Print the analysis as JSON (the same as --format json)." };
        var format = new Option<OutputFormat?>("--format") { Description = "text (the default), markdown (with --diff: a pull-request comment) or json." };
        foreach (var path in new[] { catalog, source })
            path.Validators.Add(result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
                if (text is not null && !File.Exists(text) && !Directory.Exists(text))
                    result.AddError($"{result.Option.Name} '{text}' does not exist.");
            });

        var command = new Command("blast-radius", "Who reads, reloads on and depends on a key, the risks on the way, and an overall risk level.")
        {
            catalog, source, key, diff, label, value, contentType, delete, environment, validated, failOn, json, format,
        };
        command.Validators.Add(result =>
        {
            // Checked here rather than by Required: the parser drops its own required-option errors once a validator reports one.
            foreach (var required in new[] { catalog, source })
                if (result.GetValue(required) is null)
                    result.AddError($"Option '{required.Name}' is required.");
            if (result.GetValue(value) is not null && result.GetValue(delete))
                result.AddError("Give either --value <new value> or --delete.");
            if (result.GetValue(diff) is { Length: > 0 })
            {
                if (result.GetValue(key) is not null || result.GetValue(value) is not null || result.GetValue(delete) || result.GetValue(contentType) is not null)
                    result.AddError("--diff compares two export files; leave out --key, --value, --delete and --content-type (the files hold the changes).");
                else if (result.GetValue(label) is { } flatLabel && ConfigLabel.Problem(flatLabel) is { } labelProblem)
                    result.AddError($"--label: {labelProblem}");
                return;
            }
            if (result.GetValue(format) == OutputFormat.Markdown)
                result.AddError("--format markdown summarises a pull request's changes: use it with --diff <before.json> <after.json>.");
            if (result.GetValue(key) is null)
            {
                result.AddError("Option '--key' is required. Or compare two export files with --diff <before.json> <after.json>.");
                return;
            }
            var problems = ConfigSettingRules.Check(result.GetValue(key), result.GetValue(label), result.GetValue(value), result.GetValue(contentType));
            foreach (var (field, message) in problems)
                result.AddError($"--{field}: {message}");
        });
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var chosenFormat = parseResult.GetValue(format) ?? (parseResult.GetValue(json) ? OutputFormat.Json : OutputFormat.Text);
            if (parseResult.GetValue(diff) is [var before, var after])
                return await new DiffRun(stdout, stderr).RunAsync(before, after, parseResult.GetValue(label),
                    parseResult.GetRequiredValue(catalog), parseResult.GetRequiredValue(source), parseResult.GetRequiredValue(environment),
                    parseResult.GetValue(validated), parseResult.GetValue(failOn), chosenFormat, cancellationToken);
            var keyName = parseResult.GetRequiredValue(key);
            var change = parseResult.GetValue(delete)
                ? ProposedChange.Delete("catalog", keyName, parseResult.GetValue(label))
                : parseResult.GetValue(value) is { } newValue
                    ? ProposedChange.Set("catalog", keyName, parseResult.GetValue(label), newValue, parseResult.GetValue(contentType))
                    : ProposedChange.AnyChange("catalog", keyName, parseResult.GetValue(label));
            return await new BlastRadiusRun(stdout, stderr).RunAsync(
                change, parseResult.GetRequiredValue(catalog), parseResult.GetRequiredValue(source), parseResult.GetRequiredValue(environment),
                parseResult.GetValue(validated), parseResult.GetValue(failOn), chosenFormat == OutputFormat.Json, cancellationToken);
        });
        return command;
    }
}
