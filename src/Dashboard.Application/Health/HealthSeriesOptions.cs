using Dashboard.Domain.Health;

namespace Dashboard.Application.Health;

/// <summary>How the series store judges and keeps health.</summary>
public sealed class HealthSeriesOptions
{
    /// <summary>How many minutes each series keeps (24 h at one-minute resolution).</summary>
    public int RetainedMinutes { get; set; } = 24 * 60;

    /// <summary>The request window a state is judged on: the current minute and the ones before it.</summary>
    public TimeSpan RequestWindow { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How far back the request window may end when the latest minutes have no data yet: request telemetry is ingested
    /// minutes late, so the state is judged on the newest minutes that have arrived.
    /// </summary>
    public TimeSpan RequestLag { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A probe answer older than this no longer counts: the instance shows as not probed.</summary>
    public TimeSpan ProbeStaleAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How many recent state observations are kept per service, for the incident opening rule.</summary>
    public int RecentStates { get; set; } = 32;

    /// <summary>How long staging is watched after a staging apply before its health decides the verification.</summary>
    public TimeSpan StagingSoak { get; set; } = Domain.Proposals.StagingSoak.DefaultSoak;

    public HealthEvaluationSettings Evaluation { get; set; } = HealthEvaluationSettings.Default;
}
