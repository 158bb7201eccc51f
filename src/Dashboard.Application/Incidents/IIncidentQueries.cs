using Dashboard.Domain.Incidents;

namespace Dashboard.Application.Incidents;

/// <summary>Reads of incidents for pages and the API, never tracked.</summary>
public interface IIncidentQueries
{
    Task<Incident?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Open incidents first (newest first), then the most recent resolved ones, at most <paramref name="limit"/> in all.</summary>
    Task<IReadOnlyList<Incident>> ListAsync(int limit, CancellationToken cancellationToken);
}
