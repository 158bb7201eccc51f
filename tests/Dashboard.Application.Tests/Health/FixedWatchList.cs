using Dashboard.Application.Health;

namespace Dashboard.Application.Tests.Health;

/// <summary>A watch list source that always answers the same list.</summary>
internal sealed class FixedWatchList(HealthWatchList watchList) : IHealthWatchListSource
{
    public Task<HealthWatchList> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(watchList);
}
