namespace Dashboard.Web.Model;

/// <summary>Services ↔ key namespaces: one edge per service and namespace, weighted by the keys it uses there.</summary>
public static class ConfigGraphBuilder
{
    public static ConfigGraph Build(Domain.ConfigMap.ConfigMap map)
    {
        var edges = map.Keys
            .SelectMany(k => k.Usages.Select(u => (u.Service, k.Namespace, Key: k.Setting, Reloads: UsageLabels.Reloads(u.Kind))))
            .GroupBy(e => (e.Service, e.Namespace))
            .Select(g => new GraphEdge("svc:" + g.Key.Service, "ns:" + g.Key.Namespace, g.Select(e => e.Key).Distinct().Count(), g.Any(e => e.Reloads)))
            .ToList();
        var services = map.Services.Select(s => s.Service)
            .Concat(edges.Select(e => e.Source[4..])).Distinct(StringComparer.Ordinal)
            .Select(s => new GraphNode("svc:" + s, s, "service", Flagged: false));
        var namespaces = map.Namespaces
            .Select(n => new GraphNode("ns:" + n.Name, n.Name, "namespace", n.SharedAcrossOwners || n.Services.Count > 1));
        return new ConfigGraph([.. services, .. namespaces], edges);
    }
}
