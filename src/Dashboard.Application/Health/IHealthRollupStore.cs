namespace Dashboard.Application.Health;

/// <summary>
/// Keeps the per-minute rollups outside the process (the dashboard's database), so a restart does not blank the charts
/// and another instance of the dashboard can show what the fleet's runner measured.
/// </summary>
public interface IHealthRollupStore
{
    /// <summary>Saves the rollups, replacing any saved for the same service, environment and minute.</summary>
    Task SaveAsync(IReadOnlyList<HealthRollup> rollups, CancellationToken cancellationToken);

    Task<IReadOnlyList<HealthRollup>> LoadSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
