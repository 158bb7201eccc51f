using System.Collections.Frozen;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dashboard.Analysis.Scanning;

// Recognises configuration objects and the section paths they stand for: the root is "",
// config.GetSection("a").GetSection("b") is a:b, and a local initialised from a section keeps its path.
internal sealed class ConfigurationPaths(CodeModel code)
{
    private const int MaxLocalDepth = 4;

    private static readonly FrozenSet<string> ConfigurationNames = new[]
    {
        "configuration", "config", "cfg", "configurationroot", "configroot", "configurationmanager",
        "appconfiguration", "appconfig",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ConfigurationTypes = new[]
    {
        "IConfiguration", "IConfigurationRoot", "IConfigurationManager", "ConfigurationManager",
    }.ToFrozenSet(StringComparer.Ordinal);

    // The section path of a configuration object, "" for the root; null when it is not configuration or not known.
    public string? PathOf(ExpressionSyntax? expression) => PathOf(expression, 0);

    public static string Join(string prefix, string key) => prefix.Length == 0 ? key : $"{prefix}:{key}";

    public static bool IsSectionCall(InvocationExpressionSyntax invocation) =>
        invocation.MethodName() is "GetSection" or "GetRequiredSection";

    private string? PathOf(ExpressionSyntax? expression, int depth)
    {
        expression = SyntaxNavigation.Unwrap(expression);
        switch (expression)
        {
            case null:
                return null;
            case InvocationExpressionSyntax section when IsSectionCall(section):
                var parent = PathOf(section.Receiver(), depth);
                var key = code.String(section.Argument(0, "key"));
                return parent is not null && key is { IsKnown: true, Value: not null } ? Join(parent, key.Value) : null;
            case IdentifierNameSyntax when depth < MaxLocalDepth && code.SymbolOf(expression) is ILocalSymbol local:
                return PathOfLocal(local, depth);
        }
        return IsConfigurationRoot(expression) ? "" : null;
    }

    private string? PathOfLocal(ILocalSymbol local, int depth)
    {
        var declarator = local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() as VariableDeclaratorSyntax;
        if (declarator?.Initializer is { } initializer)
            return PathOf(initializer.Value, depth + 1);
        return ConfigurationTypes.Contains(local.Type.Name) ? "" : null;
    }

    private bool IsConfigurationRoot(ExpressionSyntax expression)
    {
        var name = SyntaxNavigation.LastName(expression);
        if (name is not null && ConfigurationNames.Contains(name.TrimStart('_')))
            return true;
        return expression is SimpleNameSyntax or MemberAccessExpressionSyntax
               && code.TypeNameOf(expression) is { } type && ConfigurationTypes.Contains(type);
    }
}
