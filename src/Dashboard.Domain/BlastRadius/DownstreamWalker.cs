using Dashboard.Domain.Catalog;
using Dashboard.Domain.Scanning;

namespace Dashboard.Domain.BlastRadius;

/// <summary>
/// Walks the call graph backwards from the affected services, level by level, so each caller is reached once (cycles
/// end there) by its shortest path; among equally short paths the one amplifying most is kept. The graph is the
/// catalog's dependsOn plus the HttpClients found in code and linked to catalog components; where both describe a
/// call, the code's retry policy is the one used.
/// </summary>
internal sealed class DownstreamWalker
{
    // Beyond this the number only says "enormous"; it keeps the product from overflowing on long paths.
    private const long AmplificationCap = 1_000_000_000_000;

    // Code states no timeout for the radius to use; HttpClient's own default is 100 s.
    private static readonly TimeSpan CodeTimeout = TimeSpan.FromSeconds(100);

    private readonly Dictionary<string, List<CallEdge>> _callersOf = new(StringComparer.OrdinalIgnoreCase);

    public DownstreamWalker(ServiceCatalog? catalog, IReadOnlyList<ServiceScan> scans, IReadOnlyList<CodeCall> codeCalls)
    {
        var declared = (catalog?.Dependencies ?? []).Where(d => d.TargetKind == DependencyTargetKind.Service)
            .ToDictionary(d => (d.Caller.ToUpperInvariant(), d.Target.ToUpperInvariant()));
        var clients = scans.SelectMany(s => s.HttpClients.Select(c => (Service: s.Name, Client: c)))
            .GroupBy(x => (x.Service, x.Client.File, x.Client.Line, x.Client.Name))
            .ToDictionary(g => g.Key, g => g.First().Client);
        var fromCode = codeCalls.Where(c => c.Target is not null)
            .GroupBy(c => (c.Service.ToUpperInvariant(), c.Target!.ToUpperInvariant()))
            .ToDictionary(g => g.Key, g => g.Select(c => (Call: c, Client: clients[(c.Service, c.File, c.Line, c.Client)])).OrderBy(Severity).First());

        foreach (var (pair, dependency) in declared)
        {
            if (fromCode.ContainsKey(pair))
                continue;
            Add(new CallEdge(dependency.Caller, dependency.Target, dependency.Retry,
                $"catalog dependency {dependency.Caller} → {dependency.TargetReference} ({dependency.Retry.Describe()})", null, null));
        }
        foreach (var (pair, code) in fromCode)
        {
            var retry = PolicyOf(code.Client);
            var evidence = $"code: {code.Call.File}:{code.Call.Line} HttpClient '{code.Call.Client}' of {code.Call.Service} calls {code.Call.Target} "
                           + $"({code.Call.LinkedBy}); it {code.Call.Retry}";
            var disagreement = declared.TryGetValue(pair, out var dependency) && !SamePolicy(dependency.Retry, retry)
                ? $"the catalog says {dependency.Retry.Describe()}, but the code at {code.Call.File}:{code.Call.Line} {code.Call.Retry}; the code's policy is used"
                : null;
            Add(new CallEdge(dependency?.Caller ?? code.Call.Service, dependency?.Target ?? code.Call.Target!, retry, evidence, code.Call, disagreement));
        }
    }

    /// <summary>One step of a path towards an affected service; <see cref="Next"/> is null at the affected service itself.</summary>
    public sealed record Hop(string Service, Hop? Next, CallEdge? Edge, long Amplification)
    {
        public string Root => Next?.Root ?? Service;
    }

    public IReadOnlyList<CallEdge> CallersOf(string service) => _callersOf.GetValueOrDefault(service) ?? [];

    /// <summary>Every caller reached from <paramref name="roots"/>, with its path, in the order reached.</summary>
    public List<Hop> Walk(IEnumerable<string> roots)
    {
        var reached = new Dictionary<string, Hop>(StringComparer.OrdinalIgnoreCase);
        var frontier = new List<Hop>();
        foreach (var root in roots)
            if (reached.TryAdd(root, new Hop(root, null, null, 1)))
                frontier.Add(reached[root]);
        var downstream = new List<Hop>();
        while (frontier.Count > 0)
        {
            var next = new Dictionary<string, Hop>(StringComparer.OrdinalIgnoreCase);
            foreach (var callee in frontier)
                foreach (var edge in CallersOf(callee.Service))
                {
                    if (reached.ContainsKey(edge.Caller)) continue;
                    var amplification = Math.Min(AmplificationCap, callee.Amplification * edge.Retry.CallsPerRequest);
                    if (!next.TryGetValue(edge.Caller, out var best) || amplification > best.Amplification)
                        next[edge.Caller] = new Hop(edge.Caller, callee, edge, amplification);
                }
            frontier = [.. next.Values];
            foreach (var hop in frontier)
            {
                reached.Add(hop.Service, hop);
                downstream.Add(hop);
            }
        }
        return downstream;
    }

    public static string PathOf(Hop hop)
    {
        var names = new List<string>();
        for (var step = hop; step is not null; step = step.Next) names.Add(step.Service);
        return string.Join(" → ", names);
    }

    private void Add(CallEdge edge) =>
        (_callersOf.TryGetValue(edge.Target, out var list) ? list : _callersOf[edge.Target] = []).Add(edge);

    // Of several clients from one caller to one target, the one that amplifies an outage most.
    private static (int, int) Severity((CodeCall Call, HttpClientResilience Client) code) =>
        (code.Client.Retry == HttpRetryKind.Immediate ? 0 : 1, -Math.Min(code.Client.Attempts, RetryPolicy.MaxAttempts));

    private static RetryPolicy PolicyOf(HttpClientResilience client)
    {
        var attempts = client.Retry == HttpRetryKind.None ? 0 : Math.Min(client.Attempts, RetryPolicy.MaxAttempts);
        var backoff = attempts > 0 && client.Retry == HttpRetryKind.Backoff ? BackoffKind.Exponential : BackoffKind.None;
        return new RetryPolicy(attempts, backoff, CodeTimeout, client.CircuitBreaker);
    }

    private static bool SamePolicy(RetryPolicy catalog, RetryPolicy code) =>
        catalog.Attempts == code.Attempts && catalog.Backoff == code.Backoff && catalog.CircuitBreaker == code.CircuitBreaker;
}
