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

    private static readonly FrozenSet<string> SectionTypes = new[] { "IConfigurationSection", "ConfigurationSection" }.ToFrozenSet(StringComparer.Ordinal);

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
        if (name is MemberBindingExpressionSyntax { Name.Identifier.ValueText: "Configuration" } binding
            && SyntaxNavigation.ConditionalOwner(binding) is { } owner && IsVariant(owner))
            return null;
        var symbol = name is MemberBindingExpressionSyntax ? null : code.SymbolOf(name);
        switch (symbol)
        {
            case ILocalSymbol local:
                return FromDeclaration(local.Type, local.DeclaringSyntaxReferences, depth) ?? FromAssignments(symbol, depth);
            case IParameterSymbol parameter:
                // A declared type decides; only an untyped lambda parameter is judged by its name.
                return FromType(parameter.Type) ?? (IsUnnamed(parameter.Type) ? ByName(name) : null);
            case IFieldSymbol field:
                return FromDeclaration(field.Type, field.DeclaringSyntaxReferences, depth) ?? FromAssignments(symbol, depth);
            case IPropertySymbol property:
                return FromDeclaration(property.Type, property.DeclaringSyntaxReferences, depth) ?? FromAssignments(symbol, depth);
            case ITypeSymbol or INamespaceSymbol or IMethodSymbol:
                return null;
        }
        // Not declared in the service's own code (builder.Configuration, context.Configuration, …): the type, then the name.
        var type = code.TypeOf(name);
        if (type is not null && !IsErrorOrUnknown(type))
            return FromType(type);
        return type is not null && FromType(type) is { } typed ? typed : ByName(name);
    }

    private string? FromDeclaration(ITypeSymbol type, IEnumerable<SyntaxReference> declarations, int depth)
    {
        foreach (var reference in declarations)
        {
            var initializer = reference.GetSyntax() switch
            {
                VariableDeclaratorSyntax variable => variable.Initializer?.Value,
                PropertyDeclarationSyntax property => property.ExpressionBody?.Expression ?? property.Initializer?.Value,
                _ => null,
            };
            if (initializer is not null && PathOf(initializer, depth + 1) is { } path)
                return path;
        }
        var typed = FromType(type);
        // A section whose path is not known reads keys nobody can name: nothing is reported rather than a guess.
        return typed;
    }

    // Fields and locals assigned later: _configuration = configuration; config = builder.Build();
    private string? FromAssignments(ISymbol symbol, int depth)
    {
        var scope = symbol switch
        {
            ILocalSymbol => symbol.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax().FirstAncestorOrSelf<BlockSyntax>()
                            ?? (SyntaxNode?)symbol.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax().FirstAncestorOrSelf<CompilationUnitSyntax>(),
            _ => symbol.ContainingType?.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(),
        };
        if (scope is null)
            return null;
        foreach (var assignment in scope.DescendantNodes().OfType<AssignmentExpressionSyntax>())
        {
            if (!assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) || SyntaxNavigation.LastName(assignment.Left) != symbol.Name)
                continue;
            if (PathOf(assignment.Right, depth + 1) is { } path)
                return path;
        }
        return null;
    }

    private static string? FromType(ITypeSymbol type) => ConfigurationTypes.Contains(type.Name) ? "" : null;

    private static bool IsUnnamed(ITypeSymbol type) => type.TypeKind == TypeKind.Error && string.IsNullOrEmpty(type.Name);

    private static bool IsErrorOrUnknown(ITypeSymbol type) =>
        type.TypeKind is TypeKind.Error or TypeKind.Dynamic || type.SpecialType == SpecialType.System_Object;

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
                case IdentifierNameSyntax or MemberAccessExpressionSyntax:
                    var symbol = code.SymbolOf(current);
                    var type = symbol switch
                    {
                        ILocalSymbol local => local.Type,
                        IFieldSymbol field => field.Type,
                        IParameterSymbol parameter => parameter.Type,
                        IPropertySymbol property => property.Type,
                        _ => null,
                    };
                    if (type?.Name is "ConfigurationBuilder" or "IConfigurationBuilder" or "ConfigurationManager" || IsBuilderParameter(symbol))
                        return true;
                    var initializer = (symbol?.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() as VariableDeclaratorSyntax)?.Initializer?.Value;
                    if (initializer is null)
                        return false;
                    current = SyntaxNavigation.Unwrap(initializer);
                    continue;
                default:
                    return false;
            }
        }
        return false;
    }

    // ConfigureAppConfiguration((context, config) => …): the lambda's last parameter is the configuration builder.
    private static bool IsBuilderParameter(ISymbol? symbol) =>
        symbol is IParameterSymbol parameter
        && parameter.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is ParameterSyntax { Parent: { } list } syntax
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
        if (code.TypeNameOf(unwrapped)?.Contains("Variant", StringComparison.Ordinal) ?? false)
            return true;
        return depth < MaxDepth && unwrapped is IdentifierNameSyntax
               && code.SymbolOf(unwrapped) is ILocalSymbol local
               && local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initializer }
               && IsVariant(initializer, depth + 1);
    }

    /// <summary>Whether an expression is a configuration section (of known or unknown path): for reads of a whole section.</summary>
    public bool IsSectionOfUnknownPath(ExpressionSyntax expression) =>
        code.TypeOf(expression) is { } type && SectionTypes.Contains(type.Name);
}
