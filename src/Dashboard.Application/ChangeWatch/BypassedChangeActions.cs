using Dashboard.Application.Errors;
using Dashboard.Application.Persistence;
using Dashboard.Application.Proposals;
using Dashboard.Domain;
using Dashboard.Domain.Audit;
using Dashboard.Domain.Catalog;
using Dashboard.Domain.Proposals;

namespace Dashboard.Application.ChangeWatch;

/// <summary>
/// What an engineer does about a change made outside the pipeline. <b>Revert</b> drafts a proposal that writes the old value
/// back through staging, approval and production, with every check of the pipeline. <b>Adopt</b> accepts the change as it
/// is: the store already holds it (so the next proposal reads it as its base and last known good), and the audit log records
/// who adopted it. Either marks the change handled in the same save, and a second attempt is refused with who did what.
/// </summary>
public sealed class BypassedChangeActions(IUnitOfWorkFactory units, ProposalWorkflow proposals, ICatalogSource catalog, TimeProvider time)
{
    public const string RevertedAuditAction = "config.bypassed-reverted";
    public const string AdoptedAuditAction = "config.bypassed-adopted";

    /// <returns>The draft proposal that writes the old value back; open it to take it through the pipeline.</returns>
    public async Task<Proposal> RevertAsync(long id, ProposalActor actor, CancellationToken cancellationToken)
    {
        var seen = await FindAsync(id, cancellationToken);
        seen.RequireUnhandled(actor);
        var loaded = await catalog.LoadAsync(cancellationToken);
        var productionLabel = loaded.FindStore(seen.Store)?.BindingFor(ProposalWorkflow.ProductionEnvironment)?.Label;
        if (seen.RevertProblem(productionLabel) is { } problem) throw new DomainException(problem);
        var draft = await proposals.DraftAsync(actor, new NewProposal(
            seen.Store, seen.Key, seen.OldExisted ? seen.OldValue ?? "" : null, seen.OldExisted ? seen.OldContentType : null,
            Delete: !seen.OldExisted, seen.RevertReason), cancellationToken);

        await HandleAsync(id, actor, bypass =>
        {
            bypass.MarkReverted(actor, draft.Id, draft.CreatedAt);
            return new AuditRecord(draft.CreatedAt, actor.ToString(), RevertedAuditAction, OutOfBandChangeDetector.SubjectOf(bypass),
                new AuditSide(Value: bypass.NewValue, ETag: bypass.NewETag),
                new AuditSide(Value: bypass.OldValue, Description: $"Revert drafted as proposal {draft.Id}: {bypass.RevertReason}."));
        }, unit => unit.Proposals.Add(draft), cancellationToken);
        return draft;
    }

    public async Task<BypassedChange> AdoptAsync(long id, ProposalActor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await HandleAsync(id, actor, bypass =>
        {
            bypass.MarkAdopted(actor, now);
            return new AuditRecord(now, actor.ToString(), AdoptedAuditAction, OutOfBandChangeDetector.SubjectOf(bypass),
                bypass.ValuesKnown ? new AuditSide(Value: bypass.OldValue, ETag: bypass.OldETag) : null,
                new AuditSide(Value: bypass.NewValue, ETag: bypass.NewETag,
                    Description: $"Adopted as it is: the change by {bypass.ActorOrUnknown} at {bypass.At:O} stays, and the next proposal starts from it."));
        }, alsoSave: null, cancellationToken);
    }

    public static NotFoundException NotFound(long id) =>
        new("bypassed change", $"There is no change made outside the pipeline with id {id}: list them with GET /api/changes/bypassed to find its id.");

    private async Task<BypassedChange> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var unit = await units.BeginAsync(cancellationToken);
        return await unit.ChangeWatch.FindBypassedAsync(id, cancellationToken) ?? throw NotFound(id);
    }

    private async Task<BypassedChange> HandleAsync(
        long id, ProposalActor actor, Func<BypassedChange, AuditRecord> handle, Action<IUnitOfWork>? alsoSave, CancellationToken cancellationToken)
    {
        try
        {
            await using var unit = await units.BeginAsync(cancellationToken);
            var bypass = await unit.ChangeWatch.FindBypassedAsync(id, cancellationToken) ?? throw NotFound(id);
            unit.Audit.Record(handle(bypass));
            alsoSave?.Invoke(unit);
            await unit.SaveAsync(cancellationToken);
            return bypass;
        }
        catch (ConcurrentChangeException)
        {
            // Someone handled it between our read and our save: say who, as a second attempt would.
            var current = await FindAsync(id, cancellationToken);
            current.RequireUnhandled(actor);
            throw new ConflictException($"Someone else acted on this change at the same time; reload it and try again.");
        }
    }
}
