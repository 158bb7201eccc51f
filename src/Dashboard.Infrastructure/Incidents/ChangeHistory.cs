using System.Text.Json;
using Dashboard.Application.BlastRadius;
using Dashboard.Application.Incidents;
using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.Catalog;
using Dashboard.Domain.Incidents;
using Dashboard.Domain.Proposals;
using Dashboard.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Incidents;

/// <summary>
/// Config changes from the dashboard's own tables: the pipeline's applies and rollbacks (their radius from the snapshot
/// stored on the proposal when it was made or last edited) and the changes the watch found made outside it (their
/// radius analysed now, when a blast-radius service is registered; the environment from the catalog's store bindings).
/// </summary>
internal sealed class ChangeHistory(IDbContextFactory<DashboardDbContext> contexts, ICatalogSource catalog, IEnumerable<IBlastRadiusService> radiusServices)
    : IChangeHistory
{
    /// <summary>How long before a change a proposal may have been made: older proposals are not read.</summary>
    private static readonly TimeSpan ProposalAge = TimeSpan.FromDays(30);
    /// <summary>Each out-of-band change costs an analysis: a burst of edits is cut here.</summary>
    private const int MaxOutOfBandChanges = 50;

    public async Task<IReadOnlyList<CandidateChange>> ChangesAsync(string environment, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var oldest = from - ProposalAge;
        var proposals = await db.Proposals.AsNoTracking().Where(p => p.CreatedAt >= oldest && p.CreatedAt <= to).ToListAsync(cancellationToken);
        var changes = proposals.SelectMany(p => PipelineChanges(p, environment)).Where(c => c.AppliedAt >= from && c.AppliedAt <= to).ToList();

        var bypassed = await db.BypassedChanges.AsNoTracking().Where(b => b.At >= from && b.At <= to)
            .OrderByDescending(b => b.At).Take(MaxOutOfBandChanges).ToListAsync(cancellationToken);
        if (bypassed.Count > 0)
        {
            var stores = (await catalog.LoadAsync(cancellationToken)).Stores;
            foreach (var change in bypassed)
            {
                if (EnvironmentOf(stores, change) is not { } changed || !string.Equals(changed, environment, StringComparison.OrdinalIgnoreCase)) continue;
                changes.Add(new CandidateChange(change.Key, change.Label, changed, change.At, ChangeSource.OutOfBand, null,
                    await RadiusAsync(change, changed, cancellationToken), change.Actor));
            }
        }
        return [.. changes.OrderBy(c => c.AppliedAt)];
    }

    private static IEnumerable<CandidateChange> PipelineChanges(Proposal proposal, string environment)
    {
        var radius = SnapshotRadius(proposal.BlastRadius);
        if (proposal.StagingApply is { } staging && Is(environment, ProposalEnvironment.Staging))
            yield return new CandidateChange(proposal.Target.Key, proposal.Target.StagingLabel, environment, staging.At, ChangeSource.Pipeline, proposal.Id, radius, staging.AppliedByName);
        if (!Is(environment, ProposalEnvironment.Production)) yield break;
        if (proposal.ProductionApply is { } production)
            yield return new CandidateChange(proposal.Target.Key, proposal.Target.ProductionLabel, environment, production.At, ChangeSource.Pipeline, proposal.Id, radius, production.AppliedByName);
        foreach (var rollback in proposal.Events.Where(e => e.Action == ProposalAction.RollBack))
            yield return new CandidateChange(proposal.Target.Key, proposal.Target.ProductionLabel, environment, rollback.At, ChangeSource.Pipeline, proposal.Id, radius,
                $"{rollback.ActorName} (rollback)");
    }

    private static bool Is(string environment, ProposalEnvironment pipelineEnvironment) =>
        string.Equals(environment, pipelineEnvironment.ToString(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The radius the proposal was made with; a snapshot that was never computed reaches no one known.</summary>
    private static IReadOnlyList<RadiusMembership> SnapshotRadius(BlastRadiusSnapshot snapshot)
    {
        try
        {
            return JsonSerializer.Deserialize<Domain.BlastRadius.BlastRadius>(snapshot.SerializedText, JsonSerializerOptions.Web) is { } radius
                ? RadiusMemberships.From(radius, null)
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private async Task<IReadOnlyList<RadiusMembership>> RadiusAsync(BypassedChange change, string environment, CancellationToken cancellationToken)
    {
        if (radiusServices.FirstOrDefault() is not { } analyzer) return [];
        var radius = await analyzer.AnalyzeAsync(ProposedChange.AnyChange(change.Store, change.Key, change.Label), environment, validatedInStaging: false, cancellationToken);
        return RadiusMemberships.From(radius, null);
    }

    private static string? EnvironmentOf(IReadOnlyList<ConfigStore> stores, BypassedChange change) =>
        stores.FirstOrDefault(s => string.Equals(s.Name, change.Store, StringComparison.OrdinalIgnoreCase))?.Bindings
            .FirstOrDefault(b => string.Equals(b.Label, change.Label, StringComparison.Ordinal))?.Environment;
}
