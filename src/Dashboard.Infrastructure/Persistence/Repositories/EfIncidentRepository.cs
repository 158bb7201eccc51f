using Dashboard.Application.Incidents;
using Dashboard.Domain.Incidents;
using Dashboard.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Persistence.Repositories;

internal sealed class EfIncidentRepository(DashboardDbContext db) : IIncidentRepository
{
    public Task<Incident?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Incidents.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Incident>> OpenInAsync(string environment, CancellationToken cancellationToken) =>
        await db.Incidents.Where(i => i.Environment == environment && i.Status != IncidentStatus.Resolved).ToListAsync(cancellationToken);

    public void Add(Incident incident) => db.Incidents.Add(incident);

    /// <summary>Keeps the unique key of automatically opened incidents in step with their status before saving.</summary>
    public void StageChanges()
    {
        foreach (var entry in db.ChangeTracker.Entries<Incident>())
        {
            var incident = entry.Entity;
            entry.Property(IncidentConfiguration.OpenKeyProperty).CurrentValue = incident is { OpenedAutomatically: true, IsOpen: true }
                ? $"{incident.Environment.ToLowerInvariant()}/{incident.Services[0].ToLowerInvariant()}"
                : null;
        }
    }
}
