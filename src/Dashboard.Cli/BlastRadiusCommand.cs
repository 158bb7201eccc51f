using System.CommandLine;
using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.ConfigStores;

namespace Dashboard.Cli;

/// <summary>
/// <c>dashboard blast-radius --catalog … --source … --key K [--label L] [--value V | --delete] [--fail-on high] [--json]</c>:
/// the blast radius of a change computed offline from a Backstage catalog and the services' source, for pull-request gates.
/// Without --value or --delete it analyses any change to the key.
/// </summary>
public static class BlastRadiusCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var catalog = new Option<string>("--catalog") { Description = "A Backstage catalog-info.yaml or a folder of them (services, owners, dependsOn, retry annotations).", Required = true, HelpName = "file-or-folder" };
        var source = new Option<string>("--source") { Description = "The folder with the services' C# source.", Required = true, HelpName = "folder" };
        var key = new Option<string>("--key") { Description = "The key to change, e.g. tax.rate.default.", Required = true };
        var label = new Option<string?>("--label") { Description = "The label the change writes (leave out for the key without a label)." };
        var value = new Option<string?>("--value") { Description = "The new value (leave out with --delete too to analyse any change to the key)." };
        var contentType = new Option<string?>("--content-type") { Description = "The new value's content type, e.g. application/json." };
        var delete = new Option<bool>("--delete") { Description = "Preview deleting the key instead of setting it." };
        var environment = new Option<string>("--environment") { Description = "The environment the change targets.", DefaultValueFactory = _ => "production" };
        var validated = new Option<bool>("--validated-in-staging") { Description = "The change was applied to staging and verified there." };
        var failOn = new Option<RiskLevel?>("--fail-on") { Description = "Exit 1 when the risk level is at or above this: low, medium, high or critical." };
        var json = new Option<bool>("--json") { Description = "Print the analysis as JSON." };
        foreach (var path in new[] { catalog, source })
            path.Validators.Add(result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
                if (text is not null && !File.Exists(text) && !Directory.Exists(text))
                    result.AddError($"{result.Option.Name} '{text}' does not exist.");
            });

        var command = new Command("blast-radius", "Who reads, reloads on and depends on a key, the risks on the way, and an overall risk level.")
        {
            catalog, source, key, label, value, contentType, delete, environment, validated, failOn, json,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(value) is not null && result.GetValue(delete))
                result.AddError("Give either --value <new value> or --delete.");
            // A missing --key is reported by the parser; check the key's rules only when there is one.
            if (result.GetValue(key) is null) return;
            var problems = ConfigSettingRules.Check(result.GetValue(key), result.GetValue(label), result.GetValue(value), result.GetValue(contentType));
            foreach (var (field, message) in problems)
                result.AddError($"--{field}: {message}");
        });
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var keyName = parseResult.GetRequiredValue(key);
            var change = parseResult.GetValue(delete)
                ? ProposedChange.Delete("catalog", keyName, parseResult.GetValue(label))
                : parseResult.GetValue(value) is { } newValue
                    ? ProposedChange.Set("catalog", keyName, parseResult.GetValue(label), newValue, parseResult.GetValue(contentType))
                    : ProposedChange.AnyChange("catalog", keyName, parseResult.GetValue(label));
            return await new BlastRadiusRun(stdout, stderr).RunAsync(
                change, parseResult.GetRequiredValue(catalog), parseResult.GetRequiredValue(source), parseResult.GetRequiredValue(environment),
                parseResult.GetValue(validated), parseResult.GetValue(failOn), parseResult.GetValue(json), cancellationToken);
        });
        return command;
    }
}
