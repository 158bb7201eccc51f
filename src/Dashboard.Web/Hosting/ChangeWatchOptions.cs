namespace Dashboard.Web.Hosting;

/// <summary>How often the config stores are checked for changes made outside the pipeline.</summary>
public sealed class ChangeWatchOptions
{
    public const string SectionName = "ChangeWatch";
    public const int DefaultIntervalSeconds = 60;

    public int IntervalSeconds { get; set; } = DefaultIntervalSeconds;
}
