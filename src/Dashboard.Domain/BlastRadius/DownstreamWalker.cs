using Dashboard.Domain.Catalog;

namespace Dashboard.Domain.BlastRadius;

/// <summary>
/// Walks the catalog's call graph backwards from the affected services, level by level, so each caller is reached
/// once (cycles end there) by its shortest path; among equally short paths the one amplifying most is kept.
/// </summary>
internal sealed class DownstreamWalker
{
    // Beyond this the number only says "enormous"; it keeps the product from overflowing on long paths.
    private const long AmplificationCap = 1_000_000_000_000;

    private readonly Dictionary<string, List<Dependency>> _callersOf = new(StringComparer.OrdinalIgnoreCase);

    public DownstreamWalker(ServiceCatalog? catalog)
    {
        foreach (var dependency in catalog?.Dependencies ?? [])
            if (dependency.TargetKind == DependencyTargetKind.Service)
                (_callersOf.TryGetValue(dependency.Target, out var list) ? list : _callersOf[dependency.Target] = []).Add(dependency);
    }

    /// <summary>One step of a path towards an affected service; <see cref="Next"/> is null at the affected service itself.</summary>
    public sealed record Hop(string Service, Hop? Next, Dependency? Edge, long Amplification)
    {
        public string Root => Next?.Root ?? Service;
    }

    public IReadOnlyList<Dependency> CallersOf(string service) => _callersOf.GetValueOrDefault(service) ?? [];

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
}
