using Dashboard.Domain.ConfigMap;

namespace Dashboard.Web.Model;

/// <summary>
/// One key-value of the map as the page lists it. Usage rows are made only when a key is opened:
/// a company-sized map has hundreds of thousands of usages and a page shows a handful.
/// </summary>
public sealed class KeyRow(MappedKey source)
{
    private IReadOnlyList<UsageRow>? _usages;

    public string Key => source.Setting.Key;
    public string? Label => source.Setting.Label;
    public string LabelText => Label ?? "(no label)";
    public string Namespace => source.Namespace;
    public string? Value => source.DisplayValue;
    public bool IsSecret => source.IsSecret;
    public bool IsShared => source.IsShared;
    public string? Revision => source.Revision?.ToString();
    public IReadOnlyList<string> Services => source.Services;
    public int UsageCount => source.Usages.Count;
    public bool AnyReload => source.Usages.Any(u => UsageLabels.Reloads(u.Kind));
    public IReadOnlyList<UsageRow> Usages => _usages ??= [.. source.Usages.Select(UsageRow.From)];
}

public sealed record UsageRow(string Service, UsageKind Kind, string KindText, string Reason, string Source, bool Reloads)
{
    public static UsageRow From(KeyUsage usage) =>
        new(usage.Service, usage.Kind, UsageLabels.Of(usage.Kind), usage.Reason, usage.Source.ToString(), UsageLabels.Reloads(usage.Kind));
}

public sealed record NamespaceRow(string Name, int KeyCount, IReadOnlyList<string> Services, IReadOnlyList<string> OwnerTeams, bool SharedAcrossOwners);

/// <summary>The reverse view of one service; its usage rows are made when the service is opened.</summary>
public sealed class ServiceUsageRow(ServiceConfigUsage source)
{
    private IReadOnlyList<(string Key, UsageRow Usage)>? _keys;

    public string Service => source.Service;
    public string? OwnerTeam => source.OwnerTeam;
    public int UsageCount => source.Keys.Count;
    public IReadOnlyList<string> Notes => source.Notes;
    public bool Uses(string search) => source.Keys.Any(k => k.Key.Setting.Key.Contains(search, StringComparison.OrdinalIgnoreCase));
    public IReadOnlyList<(string Key, UsageRow Usage)> Keys => _keys ??= [.. source.Keys.Select(k => (k.Key.Setting.Key, UsageRow.From(k.Usage)))];
}

public sealed record GraphNode(string Id, string Label, string Kind, bool Flagged);

public sealed record GraphEdge(string Source, string Target, int Keys, bool Reloads);

public sealed record ConfigGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);
