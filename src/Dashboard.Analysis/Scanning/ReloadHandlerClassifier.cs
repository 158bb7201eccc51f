using System.Collections.Frozen;
using Dashboard.Domain.Scanning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dashboard.Analysis.Scanning;

// Decides whether a reload handler tears a resource down before its replacement exists. It walks the handler in
// execution order (into helper methods of the same service) and notes releases (Dispose, Close,
// assigning null) and swaps (assigning a field, Interlocked.Exchange).
internal sealed class ReloadHandlerClassifier(CodeModel code)
{
    private const int MaxCallDepth = 3;
    private static readonly FrozenSet<string> ReleaseMethods = new[] { "Dispose", "DisposeAsync", "Close", "CloseAsync" }.ToFrozenSet();

    private enum StepKind { Release, Swap }

    private sealed record Step(StepKind Kind, string Target, bool TargetIsField);

    // The classification and, for a dispose-before-create handler, the field released too early.
    public (ReloadClassification Classification, string? Resource) Classify(SyntaxNode handlerBody)
    {
        var steps = new List<Step>();
        Walk(handlerBody, steps, depth: 0, visited: []);
        var swapped = new HashSet<string>();
        var anySwap = false;
        foreach (var step in steps)
        {
            if (step.Kind == StepKind.Swap)
            {
                swapped.Add(step.Target);
                anySwap = true;
            }
            else if (step.TargetIsField && !swapped.Contains(step.Target))
            {
                return (ReloadClassification.DisposeBeforeCreate, step.Target);
            }
            else if (anySwap)
            {
                return (ReloadClassification.CreateThenSwap, null);
            }
        }
        return (ReloadClassification.NoResource, null);
    }

    private void Walk(SyntaxNode node, List<Step> steps, int depth, HashSet<SyntaxNode> visited)
    {
        switch (node)
        {
            case InvocationExpressionSyntax call:
                foreach (var child in call.ChildNodes())
                    Walk(child, steps, depth, visited);
                OnCall(call, steps, depth, visited);
                return;
            case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                Walk(assignment.Right, steps, depth, visited);
                OnAssignment(assignment, steps);
                return;
            default:
                foreach (var child in node.ChildNodes())
                    Walk(child, steps, depth, visited);
                return;
        }
    }

    private void OnCall(InvocationExpressionSyntax call, List<Step> steps, int depth, HashSet<SyntaxNode> visited)
    {
        var name = call.MethodName();
        if (name is not null && ReleaseMethods.Contains(name) && call.Receiver() is { } released)
        {
            steps.Add(new Step(StepKind.Release, Describe(released), IsField(released)));
            return;
        }
        if (name is "Exchange" or "CompareExchange" && call.ArgumentList.Arguments.FirstOrDefault() is { RefKindKeyword.RawKind: (int)SyntaxKind.RefKeyword } target)
        {
            steps.Add(new Step(StepKind.Swap, Describe(target.Expression), true));
            return;
        }
        if (depth >= MaxCallDepth)
            return;
        // A helper of the service's own (Reconnect(), RebuildClient()) does the work: follow it.
        foreach (var body in code.Definitions(call))
        {
            if (visited.Add(body))
                Walk(body, steps, depth + 1, visited);
        }
    }

    private void OnAssignment(AssignmentExpressionSyntax assignment, List<Step> steps)
    {
        if (!IsField(assignment.Left))
            return;
        var kind = SyntaxNavigation.IsNullLiteral(assignment.Right) ? StepKind.Release : StepKind.Swap;
        steps.Add(new Step(kind, Describe(assignment.Left), true));
    }

    private bool IsField(ExpressionSyntax expression)
    {
        expression = SyntaxNavigation.Unwrap(expression)!;
        if (expression is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax })
            return true;
        if (expression is not IdentifierNameSyntax identifier)
            return false;
        return code.DeclarationOf(identifier)?.Kind switch
        {
            DeclarationKind.Field or DeclarationKind.Property => true,
            DeclarationKind.Local or DeclarationKind.Parameter => false,
            _ => identifier.Identifier.ValueText.StartsWith('_'),
        };
    }

    private static string Describe(ExpressionSyntax expression) =>
        SyntaxNavigation.LastName(expression) ?? expression.ToString();
}
