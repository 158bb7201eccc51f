using Dashboard.Domain.ConfigMap;

namespace Dashboard.Web.Model;

/// <summary>How each kind of usage reads on screen.</summary>
public static class UsageLabels
{
    public static string Of(UsageKind kind) => kind switch
    {
        UsageKind.Reads => "reads",
        UsageKind.WatchesSentinel => "reloads everything on change",
        UsageKind.Watches => "reloads this key",
        UsageKind.WatchAll => "reloads on any change",
        UsageKind.FeatureFlag => "feature flag",
        UsageKind.SelectedNoRead => "selects, no read found",
        UsageKind.Declared => "declared in catalog",
        _ => kind.ToString(),
    };

    /// <summary>Usages that make the service reload when the key changes.</summary>
    public static bool Reloads(UsageKind kind) => kind is UsageKind.WatchesSentinel or UsageKind.Watches or UsageKind.WatchAll;
}
