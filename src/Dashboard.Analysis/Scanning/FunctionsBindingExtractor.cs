using System.Text.RegularExpressions;
using Dashboard.Domain.Scanning;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dashboard.Analysis.Scanning;

// Azure Functions and WebJobs bindings read configuration by name: "%Queue:Name%" in any argument of a trigger or
// binding attribute is the setting Queue:Name, and Connection = "ServiceBus" names the setting (or section) that
// holds the connection.
internal sealed partial class FunctionsBindingExtractor(CodeModel code, TreeFindings findings)
{
    private static readonly string[] BindingNames =
        ["Blob", "Queue", "Table", "ServiceBus", "EventHub", "CosmosDB", "SignalR", "Sql", "EventGrid", "Kafka", "RabbitMQ", "Redis"];

    public void Extract(AttributeSyntax attribute)
    {
        if (attribute.ArgumentList is null || !IsBinding(SyntaxNavigation.TypeName(attribute.Name)))
            return;
        var where = SourceLine.Of(attribute);
        foreach (var argument in attribute.ArgumentList.Arguments)
        {
            if (code.String(argument.Expression) is not { IsKnown: true, Value: { } text })
                continue;
            if (argument.NameEquals?.Name.Identifier.ValueText == "Connection")
            {
                if (!text.Contains('%', StringComparison.Ordinal))
                    Add(text, where, ConfigReadKind.ConnectionSetting);
                continue;
            }
            foreach (Match match in Placeholder().Matches(text))
                Add(match.Groups[1].Value, where, ConfigReadKind.BindingExpression);
        }
    }

    private static bool IsBinding(string name)
    {
        var bare = name.EndsWith("Attribute", StringComparison.Ordinal) ? name[..^"Attribute".Length] : name;
        return bare.EndsWith("Trigger", StringComparison.Ordinal) || bare.EndsWith("Input", StringComparison.Ordinal)
            || bare.EndsWith("Output", StringComparison.Ordinal) || BindingNames.Contains(bare);
    }

    // App settings use "__" where configuration keys use ':'.
    private void Add(string setting, SourceLine where, ConfigReadKind kind) =>
        findings.Reads.Add(new ConfigRead(setting.Replace("__", ":", StringComparison.Ordinal), where.File, where.Line, kind));

    [GeneratedRegex(@"%([A-Za-z0-9_.:\-]+)%", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Placeholder();
}
