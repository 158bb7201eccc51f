using Dashboard.Domain.Scanning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dashboard.Analysis.Scanning;

// Outgoing HttpClients: AddHttpClient("name") / AddHttpClient<TClient>(), where they point (a BaseAddress read from a
// configuration key or written as a URL, in the registration or in the typed client's constructor) and how they
// retry: Polly v7 policies (RetryAsync immediate, WaitAndRetryAsync with backoff, CircuitBreakerAsync),
// Microsoft.Extensions.Http.Resilience (AddStandardResilienceHandler, AddResilienceHandler with a Polly v8
// pipeline's AddRetry/AddCircuitBreaker), and ConfigureHttpClientDefaults for every client.
internal sealed class HttpResilienceExtractor(CodeModel code, ConfigurationPaths paths, TreeFindings findings)
{
    // Polly's RetryAsync() retries once; the resilience handlers retry three times by default.
    private const int PollyDefaultRetries = 1;
    private const int ResilienceDefaultRetries = 3;

    private readonly record struct Retry(HttpRetryKind Kind, int Attempts, bool CircuitBreaker);

    public void Extract(InvocationExpressionSyntax addHttpClient)
    {
        if (ClientName(addHttpClient) is not { } name)
            return;
        var retry = RetryOf(addHttpClient.ChainedCalls());
        var (key, url) = BaseAddress(addHttpClient.ArgumentList.Arguments.Select(a => a.Expression));
        var where = SourceLine.Of(addHttpClient);
        var client = new HttpClientResilience(name, retry.Kind, retry.Attempts, where.File, where.Line)
        {
            CircuitBreaker = retry.CircuitBreaker,
            TypedClient = addHttpClient.FirstTypeArgument() is not null,
            BaseAddressKey = key,
            BaseAddress = url,
        };
        findings.HttpClients.Add(client);
        if (client.Retry == HttpRetryKind.Immediate)
            findings.Findings.Add(ScanFindingRules.RetryWithoutBackoff(client));
    }

    // services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler()): every client gets it.
    public void ExtractDefaults(InvocationExpressionSyntax configureDefaults)
    {
        var body = SyntaxNavigation.LambdaBody(configureDefaults.Argument(0, "configure"));
        if (body is null)
            return;
        var handlers = body.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>()
            .Where(c => SyntaxNavigation.LambdaOwnerWithin(c, body) is null);
        var retry = RetryOf(handlers);
        if (retry.Kind == HttpRetryKind.None && !retry.CircuitBreaker)
            return;
        var where = SourceLine.Of(configureDefaults);
        findings.DefaultClientPolicy = new HttpClientResilience("(every client)", retry.Kind, retry.Attempts, where.File, where.Line)
        {
            CircuitBreaker = retry.CircuitBreaker,
            FromDefaults = true,
        };
    }

    // http.BaseAddress = new Uri(config["Downstream:Inventory:BaseUrl"]) in a typed client's constructor.
    public void ExtractTypedClientAddress(AssignmentExpressionSyntax assignment)
    {
        if (SyntaxNavigation.LastName(assignment.Left) != "BaseAddress"
            || assignment.FirstAncestorOrSelf<ConstructorDeclarationSyntax>() is not { } constructor
            || !constructor.ParameterList.Parameters.Any(p => p.Type is { } type && SyntaxNavigation.TypeName(type) == "HttpClient"))
            return;
        var (key, url) = AddressOf(assignment.Right);
        if (key is not null || url is not null)
            findings.TypedClientAddresses.Add((StartupCode.ClassOf(constructor), key, url));
    }

    private string? ClientName(InvocationExpressionSyntax addHttpClient)
    {
        if (code.String(addHttpClient.Argument(0, "name")) is { IsKnown: true, Value: { } name })
            return name;
        return addHttpClient.FirstTypeArgument() is { } type ? SyntaxNavigation.TypeName(type) : null;
    }

    private (string? Key, string? Url) BaseAddress(IEnumerable<ExpressionSyntax> arguments)
    {
        foreach (var argument in arguments)
        {
            var body = SyntaxNavigation.LambdaBody(argument);
            var assignment = body?.DescendantNodesAndSelf().OfType<AssignmentExpressionSyntax>()
                .FirstOrDefault(a => SyntaxNavigation.LastName(a.Left) == "BaseAddress");
            if (assignment is not null)
                return AddressOf(assignment.Right);
        }
        return (null, null);
    }

    // new Uri(config["k"]), new Uri(config.GetValue<string>("k")!), new("https://inventory"), a literal URL.
    private (string? Key, string? Url) AddressOf(ExpressionSyntax value)
    {
        var unwrapped = SyntaxNavigation.Unwrap(value);
        var inner = unwrapped switch
        {
            BaseObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } creation => creation.ArgumentList.Arguments[0].Expression,
            _ => unwrapped,
        };
        inner = SyntaxNavigation.Unwrap(inner);
        if (inner is BinaryExpressionSyntax coalesce && coalesce.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.CoalesceExpression))
            inner = SyntaxNavigation.Unwrap(coalesce.Left);
        if (code.String(inner) is { IsKnown: true, Value: { } url } && url.Contains("://", StringComparison.Ordinal))
            return (null, url);
        return (KeyReadBy(inner), null);
    }

    // The configuration key an expression reads, if it is a plain read.
    private string? KeyReadBy(ExpressionSyntax? expression)
    {
        switch (SyntaxNavigation.Unwrap(expression))
        {
            case ElementAccessExpressionSyntax { ArgumentList.Arguments.Count: 1 } access
                when paths.PathOf(access.Expression) is { } prefix && code.String(access.ArgumentList.Arguments[0].Expression) is { IsKnown: true, Value: { } key }:
                return ConfigurationPaths.Join(prefix, key);
            case InvocationExpressionSyntax call when call.MethodName() == "GetValue"
                && paths.PathOf(call.Receiver()) is { } prefix && code.String(call.Argument(0, "key")) is { IsKnown: true, Value: { } key }:
                return ConfigurationPaths.Join(prefix, key);
            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value" } value when paths.PathOf(value.Expression) is { Length: > 0 } section:
                return section;
            default:
                return null;
        }
    }

    // Several handlers may be chained: one immediate retry layer is enough to amplify an outage; a breaker anywhere counts.
    private Retry RetryOf(IEnumerable<InvocationExpressionSyntax> handlers)
    {
        var retries = new List<Retry>();
        var breaker = false;
        foreach (var handler in handlers)
        {
            var found = handler.MethodName() switch
            {
                "AddPolicyHandler" or "AddTransientHttpErrorPolicy" or "AddPolicyHandlerFromRegistry" => PollyRetry(handler),
                "AddStandardResilienceHandler" or "AddStandardHedgingHandler" => StandardRetry(handler),
                "AddResilienceHandler" => PipelineRetry(handler),
                _ => null,
            };
            if (found is not { } retry)
                continue;
            breaker |= retry.CircuitBreaker;
            if (retry.Kind != HttpRetryKind.None)
                retries.Add(retry);
        }
        var worst = retries.Count == 0 ? new Retry(HttpRetryKind.None, 0, false) : retries.FirstOrDefault(r => r.Kind == HttpRetryKind.Immediate, retries[0]);
        return worst with { CircuitBreaker = breaker };
    }

    private Retry? PollyRetry(InvocationExpressionSyntax handler)
    {
        var calls = handler.ArgumentList.Arguments.SelectMany(a => code.Expand(a.Expression))
            .SelectMany(node => node.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
            .ToList();
        var breaker = calls.Any(c => c.MethodName() is "CircuitBreakerAsync" or "AdvancedCircuitBreakerAsync");
        var retryCall = calls.FirstOrDefault(call => call.MethodName() is "RetryAsync" or "RetryForeverAsync" or "WaitAndRetryAsync" or "WaitAndRetryForeverAsync");
        return retryCall?.MethodName() switch
        {
            null => breaker ? new Retry(HttpRetryKind.None, 0, true) : null,
            "RetryAsync" => new Retry(HttpRetryKind.Immediate, code.Int(retryCall.Argument(0, "retryCount")) ?? PollyDefaultRetries, breaker),
            "RetryForeverAsync" => new Retry(HttpRetryKind.Immediate, int.MaxValue, breaker),
            "WaitAndRetryForeverAsync" => new Retry(HttpRetryKind.Backoff, int.MaxValue, breaker),
            _ => new Retry(HttpRetryKind.Backoff, WaitAndRetryAttempts(retryCall), breaker),
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

    // The standard handler retries 3 times with exponential backoff behind a circuit breaker unless configured otherwise.
    private Retry StandardRetry(InvocationExpressionSyntax handler)
    {
        var configured = handler.ArgumentList.Arguments.SelectMany(a => code.Expand(a.Expression)).ToList();
        return RetryFromOptions(configured, circuitBreaker: true);
    }

    // A Polly v8 pipeline: it retries only if it adds a retry strategy; one built where the scanner cannot see is assumed to.
    private Retry? PipelineRetry(InvocationExpressionSyntax handler)
    {
        var configured = handler.ArgumentList.Arguments.SelectMany(a => code.Expand(a.Expression)).ToList();
        var pipelineVisible = configured.Any(n => n is AnonymousFunctionExpressionSyntax || n is not ExpressionSyntax);
        var calls = configured.SelectMany(n => n.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>()).ToList();
        var breaker = calls.Any(c => c.MethodName() == "AddCircuitBreaker");
        if (pipelineVisible && !calls.Any(c => c.MethodName() == "AddRetry"))
            return breaker ? new Retry(HttpRetryKind.None, 0, true) : null;
        return RetryFromOptions(configured, breaker);
    }

    private Retry RetryFromOptions(IReadOnlyList<SyntaxNode> configured, bool circuitBreaker)
    {
        var assignments = configured
            .SelectMany(node => node.DescendantNodesAndSelf().OfType<AssignmentExpressionSyntax>())
            .ToList();
        var attempts = assignments.Where(a => AssignedName(a) == "MaxRetryAttempts").Select(a => code.Int(a.Right)).FirstOrDefault(n => n is not null)
            ?? ResilienceDefaultRetries;
        var constant = assignments.Any(a => AssignedName(a) == "BackoffType" && a.Right.ToString().EndsWith("Constant", StringComparison.Ordinal));
        var noDelay = assignments.Any(a => AssignedName(a) == "Delay" && code.Seconds(a.Right) == 0);
        return new Retry(constant && noDelay ? HttpRetryKind.Immediate : HttpRetryKind.Backoff, attempts, circuitBreaker);
    }

    private static string? AssignedName(AssignmentExpressionSyntax assignment) => SyntaxNavigation.LastName(assignment.Left);
}
