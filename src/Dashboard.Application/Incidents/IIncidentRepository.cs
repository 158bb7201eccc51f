using Dashboard.Domain.Incidents;

namespace Dashboard.Application.Incidents;

public interface IIncidentRepository
{
    /// <summary>The incident, tracked for a change (null when there is none).</summary>
    Task<Incident?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The open incidents in one environment, tracked: what a new incident or a health transition is checked against.</summary>
    Task<IReadOnlyList<Incident>> OpenInAsync(string environment, CancellationToken cancellationToken);

    void Add(Incident incident);
}
