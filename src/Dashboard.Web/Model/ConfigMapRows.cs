using Dashboard.Domain.ConfigMap;

namespace Dashboard.Web.Model;

/// <summary>One key-value of the map as the page lists it.</summary>
public sealed record KeyRow(
    string Key,
    string? Label,
    string Namespace,
    string? Value,
    bool IsSecret,
    bool IsFeatureFlag,
    bool IsShared,
    string? Revision,
    IReadOnlyList<UsageRow> Usages)
{
    public string LabelText => Label ?? "(no label)";
    public IReadOnlyList<string> Services => [.. Usages.Select(u => u.Service).Distinct()];
    public bool AnyReload => Usages.Any(u => u.Reloads);
}

public sealed record UsageRow(string Service, UsageKind Kind, string KindText, string Reason, string Source, bool Reloads);

public sealed record NamespaceRow(string Name, int KeyCount, IReadOnlyList<string> Services, IReadOnlyList<string> OwnerTeams, bool SharedAcrossOwners);

public sealed record ServiceUsageRow(string Service, string? OwnerTeam, IReadOnlyList<(string Key, UsageRow Usage)> Keys, IReadOnlyList<string> Notes);

public sealed record GraphNode(string Id, string Label, string Kind, bool Flagged);

public sealed record GraphEdge(string Source, string Target, int Keys, bool Reloads);

public sealed record ConfigGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);
