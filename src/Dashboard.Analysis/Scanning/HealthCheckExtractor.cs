using System.Collections.Frozen;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dashboard.Analysis.Scanning;

// Health endpoints (MapHealthChecks(path[, options])) with their predicate, and the checks registered on
// AddHealthChecks() that probe dependencies (anything not named or tagged as a self/liveness check).
internal sealed class HealthCheckExtractor(CodeModel code, TreeFindings findings)
{
    private static readonly FrozenSet<string> LivenessWords =
        new[] { "self", "live", "liveness", "alive" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public void ExtractEndpoint(InvocationExpressionSyntax mapHealthChecks)
    {
        var where = SourceLine.Of(mapHealthChecks);
        if (code.String(mapHealthChecks.Argument(0, "pattern") ?? mapHealthChecks.Argument(0, "path")) is not { IsKnown: true, Value: { } path })
        {
            findings.Diagnose(where, "the health endpoint's path is computed at run time; the endpoint is left out.");
            return;
        }
        var predicate = PredicateOf(mapHealthChecks.Argument(1, "options"));
        var filtered = predicate is not null && !AlwaysTrue(predicate);
        // A filtering predicate that asks for readiness still runs dependency checks: it is not a liveness probe.
        var livenessOnly = filtered && !MentionsReadiness(predicate!);
        findings.HealthEndpoints.Add(new HealthEndpointCandidate(path, filtered, livenessOnly, where));
    }

    public void ExtractRegistrations(InvocationExpressionSyntax addHealthChecks)
    {
        foreach (var check in addHealthChecks.ChainedCalls())
        {
            if (check.MethodName() is not { } method || !method.StartsWith("Add", StringComparison.Ordinal))
                continue;
            var words = check.ArgumentList.DescendantNodes().OfType<LiteralExpressionSyntax>()
                .Where(l => l.IsKind(SyntaxKind.StringLiteralExpression))
                .Select(l => l.Token.ValueText)
                .ToList();
            if (!words.Any(LivenessWords.Contains))
                findings.DependencyChecks.Add(words.FirstOrDefault() ?? method);
        }
    }

    private ExpressionSyntax? PredicateOf(ExpressionSyntax? options)
    {
        var initializers = code.Expand(options)
            .SelectMany(node => node.DescendantNodesAndSelf().OfType<AssignmentExpressionSyntax>())
            .Where(a => SyntaxNavigation.LastName(a.Left) == "Predicate");
        return initializers.Select(a => a.Right).FirstOrDefault();
    }

    private static bool AlwaysTrue(ExpressionSyntax predicate) =>
        SyntaxNavigation.LambdaBody(predicate) is ExpressionSyntax body && body.IsKind(SyntaxKind.TrueLiteralExpression);

    private bool MentionsReadiness(ExpressionSyntax predicate) =>
        code.Expand(predicate)
            .SelectMany(node => node.DescendantNodesAndSelf().OfType<ExpressionSyntax>())
            .Select(e => e is LiteralExpressionSyntax or IdentifierNameSyntax or MemberAccessExpressionSyntax ? code.String(e) : default)
            .Any(v => v.Value is { } text && text.Contains("ready", StringComparison.OrdinalIgnoreCase));
}
