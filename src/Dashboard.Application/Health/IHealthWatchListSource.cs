namespace Dashboard.Application.Health;

/// <summary>Loads what to watch (the catalog's endpoints with the latest scan) before each run of the health sources.</summary>
public interface IHealthWatchListSource
{
    Task<HealthWatchList> LoadAsync(CancellationToken cancellationToken);
}
