namespace Dashboard.Web.Model;

/// <summary>
/// The radius as a graph: the key, the services that see the change (reads, reloads or selects it), and their callers
/// with their amplification. A service that only calls into the radius is a "caller".
/// </summary>
public static class RadiusGraphBuilder
{
    public static ConfigGraph Build(Domain.BlastRadius.BlastRadius radius)
    {
        var keyNode = new GraphNode("ns:" + radius.Key, radius.Key, "namespace", Flagged: true);
        var seeing = radius.Affected.Select(a => a.Service).Concat(radius.SelectedNoRead.Select(a => a.Service)).ToHashSet(StringComparer.Ordinal);
        var services = seeing
            .Concat(radius.Downstream.SelectMany(d => d.Via.Split(" → ", StringSplitOptions.TrimEntries)))
            .Distinct(StringComparer.Ordinal)
            .Select(s => new GraphNode("svc:" + s, s, seeing.Contains(s) ? "service" : "caller", Flagged: radius.Affected.Any(a => a.Service == s && a.Reloads)));
        var keyEdges = radius.Affected.Select(a => new GraphEdge(keyNode.Id, "svc:" + a.Service, 1, a.Reloads))
            .Concat(radius.SelectedNoRead.Select(a => new GraphEdge(keyNode.Id, "svc:" + a.Service, 1, false)));
        var callEdges = radius.Downstream
            .Select(d => d.Via.Split(" → ", StringSplitOptions.TrimEntries))
            .Where(hops => hops.Length >= 2)
            .SelectMany(hops => hops.Zip(hops.Skip(1), (caller, callee) => (caller, callee)))
            .Distinct()
            .Select(hop => new GraphEdge("svc:" + hop.caller, "svc:" + hop.callee,
                (int)Math.Min(20, radius.Downstream.FirstOrDefault(d => d.Service == hop.caller)?.Amplification ?? 1), false));
        return new ConfigGraph([keyNode, .. services], [.. keyEdges, .. callEdges]);
    }
}
