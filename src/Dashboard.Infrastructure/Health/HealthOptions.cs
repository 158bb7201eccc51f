using Dashboard.Application.Health;
using Dashboard.Domain.Health;
using Dashboard.Infrastructure.Monitoring;

namespace Dashboard.Infrastructure.Health;

/// <summary>Settings under Health: how states are judged, the probes, and Azure Monitor Logs.</summary>
public sealed class HealthOptions
{
    public const string SectionName = "Health";

    /// <summary>Where request telemetry comes from: <see cref="HealthSourceSetting.Probes"/> or <see cref="HealthSourceSetting.LogAnalytics"/>.</summary>
    public string Source { get; set; } = HealthSourceSetting.Probes;
    /// <summary>The request window a state is judged on, in minutes.</summary>
    public int RequestWindowMinutes { get; set; } = 2;
    /// <summary>A probe answer older than this no longer counts.</summary>
    public int ProbeStaleAfterSeconds { get; set; } = 60;
    /// <summary>How long an instance may be alive and not yet ready before it counts as pulled.</summary>
    public int StartupGraceSeconds { get; set; } = 90;
    /// <summary>How close together the pulls of every instance must be to count as "at once".</summary>
    public int AtOnceWindowSeconds { get; set; } = 60;
    /// <summary>How long staging is watched after a staging apply before its health verifies the change.</summary>
    public int StagingSoakMinutes { get; set; } = 10;
    public ProbeOptions Probes { get; set; } = new();
    public LogAnalyticsOptions LogAnalytics { get; set; } = new();

    public HealthSeriesOptions ToSeriesOptions() => new()
    {
        RequestWindow = TimeSpan.FromMinutes(RequestWindowMinutes),
        ProbeStaleAfter = TimeSpan.FromSeconds(ProbeStaleAfterSeconds),
        StagingSoak = TimeSpan.FromMinutes(StagingSoakMinutes),
        Evaluation = new HealthEvaluationSettings(TimeSpan.FromSeconds(StartupGraceSeconds), TimeSpan.FromSeconds(AtOnceWindowSeconds)),
    };
}
