using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dashboard.Analysis.Scanning;

// Reading fluent configuration code: method names, receivers, arguments and the lambdas calls sit in.
internal static class SyntaxNavigation
{
    public static string? MethodName(this InvocationExpressionSyntax invocation) => NameOf(invocation)?.Identifier.ValueText;

    public static SimpleNameSyntax? NameOf(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax member => member.Name,
        MemberBindingExpressionSyntax binding => binding.Name,
        SimpleNameSyntax name => name,
        _ => null,
    };

    // The object a method is called on; null for a plain call.
    public static ExpressionSyntax? Receiver(this InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax member => member.Expression,
        MemberBindingExpressionSyntax binding => ConditionalOwner(binding),
        _ => null,
    };

    // In a?.b?.c the owner of ".c" is "a?.b" and the owner of ".b" is "a": the conditional access whose
    // WhenNotNull part holds the binding, not the one the binding itself starts.
    public static ExpressionSyntax? ConditionalOwner(SyntaxNode binding)
    {
        foreach (var conditional in binding.Ancestors().OfType<ConditionalAccessExpressionSyntax>())
            if (conditional.WhenNotNull.Span.Contains(binding.Span) && conditional.Expression != binding && !conditional.Expression.Span.Contains(binding.Span))
                return conditional.Expression;
        return null;
    }

    // The argument for a parameter, named or at its position.
    public static ExpressionSyntax? Argument(this InvocationExpressionSyntax invocation, int position, string name) =>
        Argument(invocation.ArgumentList, position, name);

    public static ExpressionSyntax? Argument(BaseArgumentListSyntax? arguments, int position, string name)
    {
        if (arguments is null)
            return null;
        var named = arguments.Arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == name);
        if (named is not null)
            return named.Expression;
        return position < arguments.Arguments.Count && arguments.Arguments[position].NameColon is null
            ? arguments.Arguments[position].Expression
            : null;
    }

    public static TypeSyntax? FirstTypeArgument(this InvocationExpressionSyntax invocation) =>
        NameOf(invocation) is GenericNameSyntax generic && generic.TypeArgumentList.Arguments.Count > 0
            ? generic.TypeArgumentList.Arguments[0]
            : null;

    // A type as people name it: the right-most part of a qualified name, without type arguments or '?'.
    public static string TypeName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => TypeName(qualified.Right),
        AliasQualifiedNameSyntax alias => TypeName(alias.Name),
        GenericNameSyntax generic => generic.Identifier.ValueText,
        NullableTypeSyntax nullable => TypeName(nullable.ElementType),
        _ => type.ToString(),
    };

    // The calls chained after this one: AddHttpClient(...).AddPolicyHandler(...).AddX(...).
    public static IEnumerable<InvocationExpressionSyntax> ChainedCalls(this InvocationExpressionSyntax invocation)
    {
        ExpressionSyntax current = invocation;
        while (current.Parent is MemberAccessExpressionSyntax member && member.Expression == current
               && member.Parent is InvocationExpressionSyntax next && next.Expression == member)
        {
            yield return next;
            current = next;
        }
    }

    // The calls this one is chained onto, nearest first: for a.B().C().D() from D: C, B.
    public static IEnumerable<InvocationExpressionSyntax> ReceiverCalls(this InvocationExpressionSyntax invocation)
    {
        var receiver = invocation.Receiver();
        while (Unwrap(receiver) is InvocationExpressionSyntax previous)
        {
            yield return previous;
            receiver = previous.Receiver();
        }
    }

    // The call whose lambda argument most closely encloses node, stopping at scope:
    // null means the node sits directly in the scope (e.g. in the options lambda itself).
    public static InvocationExpressionSyntax? LambdaOwnerWithin(SyntaxNode node, SyntaxNode scope)
    {
        for (var current = node; current is not null && current != scope; current = current.Parent)
        {
            if (current is AnonymousFunctionExpressionSyntax
                && current.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax owner } })
                return owner;
        }
        return null;
    }

    // The code of a lambda or anonymous method: its block or expression.
    public static SyntaxNode? LambdaBody(ExpressionSyntax? expression) => Unwrap(expression) switch
    {
        AnonymousFunctionExpressionSyntax function => function.Body,
        _ => null,
    };

    public static ExpressionSyntax? Unwrap(ExpressionSyntax? expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    break;
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed:
                    expression = suppressed.Operand;
                    break;
                case CastExpressionSyntax cast:
                    expression = cast.Expression;
                    break;
                default:
                    return expression;
            }
        }
    }

    // The last name in a.b.c (or c), used to recognise well-known receivers by name.
    public static string? LastName(ExpressionSyntax? expression) => Unwrap(expression) switch
    {
        SimpleNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        _ => null,
    };

    public static bool IsNullLiteral(ExpressionSyntax? expression) =>
        Unwrap(expression) is LiteralExpressionSyntax literal
        && (literal.IsKind(SyntaxKind.NullLiteralExpression) || literal.IsKind(SyntaxKind.DefaultLiteralExpression));
}
