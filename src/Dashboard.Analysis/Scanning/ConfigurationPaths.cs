using System.Collections.Frozen;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dashboard.Analysis.Scanning;

// Recognises configuration objects and the section paths they stand for: the root is "",
// config.GetSection("a").GetSection("b") is a:b. A local, field, property or parameter is followed to whatever
// initialised or assigned it (a section, new ConfigurationBuilder()…Build(), builder.Build(), a parameter, DI),
// falling back to its declared type; a name that only sounds like configuration but holds something else is not.
internal sealed class ConfigurationPaths(CodeModel code)
{
    private const int MaxDepth = 8;
    private const int MaxSectionChain = 64;

    private static readonly FrozenSet<string> ConfigurationNames = new[]
    {
        "configuration", "config", "cfg", "configurationroot", "configroot", "configurationmanager",
        "appconfiguration", "appconfig",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ConfigurationTypes = new[]
    {
        "IConfiguration", "IConfigurationRoot", "IConfigurationManager", "ConfigurationManager", "ConfigurationRoot",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Calls that build configuration: whatever they are chained onto is a configuration builder.
    private static readonly FrozenSet<string> BuilderSteps = new[]
    {
        "AddJsonFile", "AddEnvironmentVariables", "AddInMemoryCollection", "AddUserSecrets", "AddAzureAppConfiguration",
        "AddCommandLine", "AddIniFile", "AddXmlFile", "SetBasePath", "AddAzureKeyVault", "AddJsonStream", "AddConfiguration",
    }.ToFrozenSet(StringComparer.Ordinal);

    // The section path of a configuration object, "" for the root; null when it is not configuration or not known.
    public string? PathOf(ExpressionSyntax? expression) => PathOf(expression, 0);

    public static string Join(string prefix, string key) => prefix.Length == 0 ? key : $"{prefix}:{key}";

    public static bool IsSectionCall(InvocationExpressionSyntax invocation) =>
        invocation.MethodName() is "GetSection" or "GetRequiredSection";

    private string? PathOf(ExpressionSyntax? expression, int depth)
    {
        expression = SyntaxNavigation.Unwrap(expression);
        if (expression is null || depth > MaxDepth)
            return null;
        switch (expression)
        {
            case InvocationExpressionSyntax section when IsSectionCall(section):
                return SectionPath(section, depth);
            case InvocationExpressionSyntax build when build.MethodName() == "Build":
                return IsConfigurationBuilder(build.Receiver(), depth) ? "" : null;
            case InvocationExpressionSyntax resolve when resolve.MethodName() is "GetRequiredService" or "GetService":
                return resolve.FirstTypeArgument() is { } type && ConfigurationTypes.Contains(SyntaxNavigation.TypeName(type)) ? "" : null;
            case ConditionalAccessExpressionSyntax conditional:
                return PathOf(conditional.WhenNotNull, depth + 1);
            case IdentifierNameSyntax or MemberAccessExpressionSyntax or MemberBindingExpressionSyntax:
                return PathOfName(expression, depth);
        }
        return null;
    }

    // A chain of GetSection calls is walked iteratively: a generated file may chain thousands.
    private string? SectionPath(InvocationExpressionSyntax section, int depth)
    {
        var keys = new Stack<string>();
        ExpressionSyntax? current = section;
        while (SyntaxNavigation.Unwrap(current) is InvocationExpressionSyntax call && IsSectionCall(call))
        {
            if (keys.Count >= MaxSectionChain || code.String(call.Argument(0, "key")) is not { IsKnown: true, Value: { } key })
                return null;
            keys.Push(key);
            current = call.Receiver();
        }
        var path = PathOf(current, depth + 1);
        if (path is null)
            return null;
        while (keys.Count > 0)
            path = Join(path, keys.Pop());
        return path;
    }

    private string? PathOfName(ExpressionSyntax name, int depth)
    {
        if (name is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Configuration" } member && IsVariant(member.Expression))
            return null;
        if (name is MemberBindingExpressionSyntax binding)
            return binding.Name.Identifier.ValueText == "Configuration" && SyntaxNavigation.ConditionalOwner(binding) is { } owner && IsVariant(owner)
                ? null
                : ByName(name);
        var declaration = code.DeclarationOf(name);
        return declaration?.Kind switch
        {
            // Not declared in the service's own code (builder.Configuration, context.Configuration, …): the name decides.
            null => ByName(name),
            DeclarationKind.Local or DeclarationKind.Field or DeclarationKind.Property =>
                FromDeclaration(declaration, depth) ?? FromAssignments(declaration, depth),
            // A declared type decides; only an untyped lambda parameter is judged by its name.
            DeclarationKind.Parameter => declaration.Type is null ? ByName(name) : FromType(declaration.Type),
            _ => null,
        };
    }

    private string? FromDeclaration(Declaration declaration, int depth)
    {
        if (declaration.Initializer is { } initializer && PathOf(initializer, depth + 1) is { } path)
            return path;
        // A section whose path is not known reads keys nobody can name: nothing is reported rather than a guess.
        return declaration.Type is null ? null : FromType(declaration.Type);
    }

    // Fields and locals assigned later: _configuration = configuration; config = builder.Build();
    private string? FromAssignments(Declaration declaration, int depth)
    {
        IEnumerable<SyntaxNode> scopes = declaration.Kind == DeclarationKind.Local
            ? [declaration.Node.FirstAncestorOrSelf<BlockSyntax>() ?? (SyntaxNode)declaration.Node.FirstAncestorOrSelf<CompilationUnitSyntax>()!]
            : declaration.Owner is { } owner ? code.TypesNamed(owner.Identifier.ValueText).DefaultIfEmpty(owner) : [];
        foreach (var assignment in scopes.SelectMany(scope => scope.DescendantNodes().OfType<AssignmentExpressionSyntax>()))
        {
            if (!assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) || SyntaxNavigation.LastName(assignment.Left) != declaration.Name)
                continue;
            if (PathOf(assignment.Right, depth + 1) is { } path)
                return path;
        }
        return null;
    }

    private static string? FromType(TypeSyntax type) => ConfigurationTypes.Contains(SyntaxNavigation.TypeName(type)) ? "" : null;

    private static string? ByName(ExpressionSyntax expression)
    {
        var name = SyntaxNavigation.LastName(expression);
        return name is not null && ConfigurationNames.Contains(name.TrimStart('_')) ? "" : null;
    }

    // new ConfigurationBuilder()…, a builder local, or a chain of AddJsonFile/AddEnvironmentVariables/… calls.
    private bool IsConfigurationBuilder(ExpressionSyntax? receiver, int depth)
    {
        for (var current = SyntaxNavigation.Unwrap(receiver); current is not null && depth <= MaxDepth; depth++)
        {
            switch (current)
            {
                case ObjectCreationExpressionSyntax creation:
                    return SyntaxNavigation.TypeName(creation.Type) is "ConfigurationBuilder" or "ConfigurationManager";
                case InvocationExpressionSyntax step when step.MethodName() is { } method && BuilderSteps.Contains(method):
                    return true;
                case InvocationExpressionSyntax other:
                    current = SyntaxNavigation.Unwrap(other.Receiver());
                    continue;
                case SimpleNameSyntax or MemberAccessExpressionSyntax:
                    var declaration = code.DeclarationOf(current);
                    if (declaration is null)
                        return false;
                    if ((declaration.Type is { } type && SyntaxNavigation.TypeName(type) is "ConfigurationBuilder" or "IConfigurationBuilder" or "ConfigurationManager")
                        || IsBuilderParameter(declaration))
                        return true;
                    if (declaration.Initializer is null)
                        return false;
                    current = SyntaxNavigation.Unwrap(declaration.Initializer);
                    continue;
                default:
                    return false;
            }
        }
        return false;
    }

    // ConfigureAppConfiguration((context, config) => …): the lambda's last parameter is the configuration builder.
    private static bool IsBuilderParameter(Declaration declaration) =>
        declaration is { Kind: DeclarationKind.Parameter, Node: ParameterSyntax { Parent: { } list } syntax }
        && list.Parent is AnonymousFunctionExpressionSyntax lambda
        && lambda.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax owner } }
        && owner.MethodName() is "ConfigureAppConfiguration" or "ConfigureHostConfiguration"
        && (list is not ParameterListSyntax parameters || parameters.Parameters.Last() == syntax);

    // A feature variant's Configuration is the variant's own section, not the application's configuration: the owner
    // is named like a variant, typed Variant, or comes from GetVariantAsync (directly or through a local).
    private bool IsVariant(ExpressionSyntax owner, int depth = 0)
    {
        var unwrapped = SyntaxNavigation.Unwrap(owner);
        if (unwrapped is AwaitExpressionSyntax awaited)
            unwrapped = SyntaxNavigation.Unwrap(awaited.Expression);
        if (unwrapped is null)
            return false;
        if (unwrapped is InvocationExpressionSyntax call && call.MethodName() == "GetVariantAsync")
            return true;
        if (SyntaxNavigation.LastName(unwrapped) is { } name && name.Contains("variant", StringComparison.OrdinalIgnoreCase))
            return true;
        if (unwrapped is not (SimpleNameSyntax or MemberAccessExpressionSyntax) || code.DeclarationOf(unwrapped) is not { } declaration)
            return false;
        if (declaration.Type is { } type && SyntaxNavigation.TypeName(type).Contains("Variant", StringComparison.Ordinal))
            return true;
        return depth < MaxDepth && declaration is { Kind: DeclarationKind.Local, Initializer: { } initializer } && IsVariant(initializer, depth + 1);
    }
}
