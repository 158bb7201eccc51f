using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dashboard.Analysis.Scanning;

// When a piece of code runs, as far as its place in the source tells: once at start-up (top-level statements,
// Main, Startup.ConfigureServices, static initialisers, the App Configuration provider's options), once per instance
// (a constructor or field initialiser storing into a field), or whenever it is called (everything else: loops,
// lambdas, methods).
internal static class StartupCode
{
    public enum Timing { Live, Startup, Construction }

    public const string ProviderOptions = "the App Configuration provider's options, set once at start-up";

    public readonly record struct Place(Timing Timing, string? Class, string Where);

    public static Place Of(SyntaxNode node)
    {
        SyntaxNode? previous = null;
        for (var current = node; current is not null; previous = current, current = current.Parent)
        {
            switch (current)
            {
                // The provider's options are built once, when the host builds its configuration.
                case AnonymousFunctionExpressionSyntax lambda when ProviderOptionsCall(lambda) is { } call:
                    return Of(call) is { Timing: Timing.Startup } startup
                        ? startup with { Where = ProviderOptions }
                        : Live;
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax:
                    return Live;
                case WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax:
                    return Live;
                case GlobalStatementSyntax:
                    return new Place(Timing.Startup, null, "a top-level statement, run once at start-up");
                case ConstructorDeclarationSyntax constructor when constructor.Modifiers.Any(SyntaxKind.StaticKeyword):
                    return new Place(Timing.Startup, ClassOf(constructor), "a static constructor, run once");
                case ConstructorDeclarationSyntax constructor:
                    return StoresIntoMember(node, constructor)
                        ? new Place(Timing.Construction, ClassOf(constructor), $"kept in a field by {ClassOf(constructor)}'s constructor")
                        : Live;
                case EqualsValueClauseSyntax when previous is not null && current.Parent is VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field }:
                    return field.Modifiers.Any(SyntaxKind.StaticKeyword)
                        ? new Place(Timing.Startup, ClassOf(field), "a static field's initialiser, run once")
                        : new Place(Timing.Construction, ClassOf(field), $"kept in a field of {ClassOf(field)} when it is created");
                case EqualsValueClauseSyntax when current.Parent is PropertyDeclarationSyntax property:
                    return property.Modifiers.Any(SyntaxKind.StaticKeyword)
                        ? new Place(Timing.Startup, ClassOf(property), "a static property's initialiser, run once")
                        : new Place(Timing.Construction, ClassOf(property), $"kept in a property of {ClassOf(property)} when it is created");
                case MethodDeclarationSyntax method:
                    return method.Identifier.ValueText switch
                    {
                        "Main" => new Place(Timing.Startup, null, "Main, run once at start-up"),
                        "ConfigureServices" => new Place(Timing.Startup, null, "ConfigureServices, run once at start-up"),
                        _ => Live,
                    };
                case MemberDeclarationSyntax:
                    return Live;
            }
        }
        return Live;
    }

    private static readonly Place Live = new(Timing.Live, null, "");

    private static InvocationExpressionSyntax? ProviderOptionsCall(AnonymousFunctionExpressionSyntax lambda) =>
        lambda.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } }
        && call.MethodName() is "AddAzureAppConfiguration" or "ConfigureAppConfiguration"
            ? call
            : null;

    private static bool StoresIntoMember(SyntaxNode node, ConstructorDeclarationSyntax constructor)
    {
        for (var current = node.Parent; current is not null && current != constructor; current = current.Parent)
        {
            if (current is AssignmentExpressionSyntax assignment)
            {
                var target = SyntaxNavigation.Unwrap(assignment.Left);
                return target is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax }
                       || (target is IdentifierNameSyntax name && !IsLocalOrParameter(name, constructor));
            }
            if (current is StatementSyntax)
                return false;
        }
        return false;
    }

    private static bool IsLocalOrParameter(IdentifierNameSyntax name, ConstructorDeclarationSyntax constructor)
    {
        var text = name.Identifier.ValueText;
        return constructor.ParameterList.Parameters.Any(p => p.Identifier.ValueText == text)
               || constructor.DescendantNodes().OfType<VariableDeclaratorSyntax>().Any(v => v.Identifier.ValueText == text);
    }

    public static string ClassOf(SyntaxNode node) =>
        node.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>()?.Identifier.ValueText ?? "";
}
