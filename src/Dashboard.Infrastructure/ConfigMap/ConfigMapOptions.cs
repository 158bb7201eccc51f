namespace Dashboard.Infrastructure.ConfigMap;

/// <summary>The <c>ConfigMap</c> settings.</summary>
public sealed class ConfigMapOptions
{
    public const string SectionName = "ConfigMap";

    /// <summary>How long a built map is shared by every viewer before it is rebuilt from the store; "Refresh" rebuilds at once.</summary>
    public int CacheSeconds { get; set; } = 15;
}
