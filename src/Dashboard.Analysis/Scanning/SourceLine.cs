using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dashboard.Analysis.Scanning;

// Where a piece of code is: the tree's path (relative to the scanned root) and the 1-based line.
internal readonly record struct SourceLine(string File, int Line)
{
    public static SourceLine Of(SyntaxNode node) => Of(node.GetLocation());

    // For a call in a fluent chain, the line of its method name rather than of the chain's first line.
    public static SourceLine Of(InvocationExpressionSyntax invocation) =>
        Of((SyntaxNode?)SyntaxNavigation.NameOf(invocation) ?? invocation);

    public static SourceLine Of(Location location)
    {
        var span = location.GetLineSpan();
        return new SourceLine(span.Path, span.StartLinePosition.Line + 1);
    }
}
