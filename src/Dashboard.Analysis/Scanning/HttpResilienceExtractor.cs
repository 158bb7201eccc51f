using Dashboard.Domain.Scanning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dashboard.Analysis.Scanning;

// The retry behaviour chained onto AddHttpClient("name") / AddHttpClient<TClient>():
// Polly policies (RetryAsync immediate, WaitAndRetryAsync with backoff) and
// Microsoft.Extensions.Http.Resilience handlers (backoff unless configured with a constant zero delay).
internal sealed class HttpResilienceExtractor(CodeModel code, TreeFindings findings)
{
    // Polly's RetryAsync() retries once; the resilience handlers retry three times by default.
    private const int PollyDefaultRetries = 1;
    private const int ResilienceDefaultRetries = 3;

    private readonly record struct Retry(HttpRetryKind Kind, int Attempts);

    public void Extract(InvocationExpressionSyntax addHttpClient)
    {
        if (ClientName(addHttpClient) is not { } name)
            return;
        var retries = addHttpClient.ChainedCalls().Select(RetryOf).OfType<Retry>().ToList();
        // The worst policy decides: one immediate retry layer is enough to amplify an outage.
        var retry = retries.Count == 0
            ? new Retry(HttpRetryKind.None, 0)
            : retries.FirstOrDefault(r => r.Kind == HttpRetryKind.Immediate, retries[0]);
        var where = SourceLine.Of(addHttpClient);
        var client = new HttpClientResilience(name, retry.Kind, retry.Attempts, where.File, where.Line);
        findings.HttpClients.Add(client);
        if (client.Retry == HttpRetryKind.Immediate)
            findings.Findings.Add(ScanFindingRules.RetryWithoutBackoff(client));
    }

    private string? ClientName(InvocationExpressionSyntax addHttpClient)
    {
        if (code.String(addHttpClient.Argument(0, "name")) is { IsKnown: true, Value: { } name })
            return name;
        return addHttpClient.FirstTypeArgument() is { } type ? SyntaxNavigation.TypeName(type) : null;
    }

    private Retry? RetryOf(InvocationExpressionSyntax handler) => handler.MethodName() switch
    {
        "AddPolicyHandler" or "AddTransientHttpErrorPolicy" => PollyRetry(handler),
        "AddStandardResilienceHandler" or "AddResilienceHandler" => ResilienceRetry(handler),
        _ => null,
    };

    private Retry? PollyRetry(InvocationExpressionSyntax handler)
    {
        var policyCode = handler.ArgumentList.Arguments.SelectMany(a => code.Expand(a.Expression));
        var retryCall = policyCode
            .SelectMany(node => node.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
            .FirstOrDefault(call => call.MethodName() is "RetryAsync" or "RetryForeverAsync" or "WaitAndRetryAsync" or "WaitAndRetryForeverAsync");
        return retryCall?.MethodName() switch
        {
            null => null,
            "RetryAsync" => new Retry(HttpRetryKind.Immediate, code.Int(retryCall.Argument(0, "retryCount")) ?? PollyDefaultRetries),
            "RetryForeverAsync" => new Retry(HttpRetryKind.Immediate, int.MaxValue),
            "WaitAndRetryForeverAsync" => new Retry(HttpRetryKind.Backoff, int.MaxValue),
            _ => new Retry(HttpRetryKind.Backoff, WaitAndRetryAttempts(retryCall)),
        };
    }

    // WaitAndRetryAsync(n, ...) or WaitAndRetryAsync(Backoff.DecorrelatedJitterBackoffV2(delay, retryCount: n)).
    private int WaitAndRetryAttempts(InvocationExpressionSyntax waitAndRetry)
    {
        if (code.Int(waitAndRetry.Argument(0, "retryCount")) is { } count)
            return count;
        var delays = waitAndRetry.Argument(0, "sleepDurations");
        var backoff = delays?.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault();
        return code.Int(backoff?.Argument(1, "retryCount")) ?? (delays as CollectionExpressionSyntax)?.Elements.Count
            ?? (delays as ImplicitArrayCreationExpressionSyntax)?.Initializer.Expressions.Count
            ?? 0;
    }

    private Retry? ResilienceRetry(InvocationExpressionSyntax handler)
    {
        var configured = handler.ArgumentList.Arguments.SelectMany(a => code.Expand(a.Expression)).ToList();
        var assignments = configured
            .SelectMany(node => node.DescendantNodesAndSelf().OfType<AssignmentExpressionSyntax>())
            .ToList();
        // A custom pipeline retries only if it adds a retry strategy; one built where the scanner cannot see is assumed to.
        var pipelineVisible = configured.Any(n => n is AnonymousFunctionExpressionSyntax || n is not ExpressionSyntax);
        var addsRetry = configured.Any(n => n.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().Any(c => c.MethodName() == "AddRetry"));
        if (handler.MethodName() == "AddResilienceHandler" && pipelineVisible && !addsRetry)
            return null;
        var attempts = assignments.Where(a => AssignedName(a) == "MaxRetryAttempts").Select(a => code.Int(a.Right)).FirstOrDefault(n => n is not null)
            ?? ResilienceDefaultRetries;
        var constant = assignments.Any(a => AssignedName(a) == "BackoffType" && a.Right.ToString().EndsWith("Constant", StringComparison.Ordinal));
        var noDelay = assignments.Any(a => AssignedName(a) == "Delay" && code.Seconds(a.Right) == 0);
        return new Retry(constant && noDelay ? HttpRetryKind.Immediate : HttpRetryKind.Backoff, attempts);
    }

    private static string? AssignedName(AssignmentExpressionSyntax assignment) => SyntaxNavigation.LastName(assignment.Left);
}
