using System.Text;
using System.Text.Json;
using Dashboard.Domain;
using Dashboard.Domain.Audit;
using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Proposals;
using Dashboard.Infrastructure.BlastRadius;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Proposals;

/// <summary>
/// Takes proposals through the change pipeline: the domain decides, this service reads and writes the config store around
/// each step and saves the proposal, its new events and one audit entry per event in one transaction (one SaveChanges).
/// Steps that write the store write it BEFORE saving, because the domain records the ETag the store gave the new value;
/// if the save then fails the store already holds the write, and the error says so.
/// </summary>
public sealed class ProposalService(
    IDbContextFactory<DashboardDbContext> contexts,
    ICatalogSource catalog,
    IConfigStoreClientFactory stores,
    TimeProvider time,
    IBlastRadiusService? blastRadius = null)
{
    public const string StagingEnvironment = "staging";
    public const string ProductionEnvironment = "production";
    /// <summary>App Configuration's limit for one key-value.</summary>
    public const int MaxValueBytes = 10 * 1024;
    private const int SaveAttempts = 3;

    /// <summary>Recorded when no blast-radius analysis is registered in this host.</summary>
    public static readonly BlastRadiusSnapshot NotComputed = new("not computed", "unknown");

    public async Task<Proposal> CreateAsync(ProposalActor author, NewProposal request, CancellationToken cancellationToken)
    {
        var store = await FindStoreAsync(request.Store, cancellationToken);
        var key = RequireKey(request.Key);
        var proposed = RequireValue(request.Value, request.ContentType, request.Delete);
        if (ProposalText.ReasonProblem(request.Reason, "'reason'", "say why the change is needed, e.g. 'raise the default tax rate for the 2027 rules'") is { } reasonProblem)
            throw new ProposalInputException("reason", reasonProblem);
        var target = TargetFor(store, key);
        RequireStoreRules(target, proposed);
        var client = stores.For(store);
        var stagingBase = await ReadAsync(client, target, ProposalEnvironment.Staging, cancellationToken);
        var productionBase = await ReadAsync(client, target, ProposalEnvironment.Production, cancellationToken);
        if (proposed.IsDelete && !productionBase.Exists)
            throw new ProposalInputException("key",
                $"'{key}' does not exist in production in store '{store.Name}', so there is nothing to delete: check the 'key', or send a 'value' instead of 'delete'.");
        RequireSameType(key, proposed, productionBase);
        var radius = await AnalyzeAsync(target, proposed, validatedInStaging: false, cancellationToken);

        var proposal = new Proposal(author, target, proposed, stagingBase, productionBase, request.Reason!, radius, time.GetUtcNow());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Proposals.Add(proposal);
        await SaveAsync(db, proposal, knownEvents: 0, storeWrite: null, cancellationToken);
        return proposal;
    }

    public Task<Proposal> EditAsync(Guid id, ProposalActor actor, string? value, string? contentType, bool delete, CancellationToken cancellationToken)
    {
        var proposed = RequireValue(value, contentType, delete);
        return ActAsync(id, async proposal =>
        {
            RequireStoreRules(proposal.Target, proposed);
            RequireSameType(proposal.Target.Key, proposed, proposal.ProductionBase);
            var radius = await AnalyzeAsync(proposal.Target, proposed, validatedInStaging: false, cancellationToken);
            proposal.Edit(actor, proposed, radius, time.GetUtcNow());
            return null;
        }, cancellationToken);
    }

    /// <summary>
    /// Writes the proposed value under the staging label only, if staging still holds what the proposal read. When staging moved,
    /// the conflict is recorded on the proposal and a <see cref="ProposalConflictException"/> carries the current value for a rebase.
    /// </summary>
    public async Task<Proposal> ApplyToStagingAsync(Guid id, ProposalActor actor, CancellationToken cancellationToken)
    {
        ObservedSetting? conflict = null;
        var proposal = await ActAsync(id, async proposal =>
        {
            await DryRunAsync(id, probe => probe.ApplyToStaging(actor, "dry-run", time.GetUtcNow()), cancellationToken);
            var client = await ClientForAsync(proposal, cancellationToken);
            var label = proposal.Target.StagingLabel;
            try
            {
                var etag = await WriteAsync(client, proposal.Target.Key, label, proposal.ProposedValue, proposal.StagingBase, cancellationToken);
                proposal.ApplyToStaging(actor, etag, time.GetUtcNow());
                return $"staging now holds {proposal.ProposedValue} (ETag '{etag}')";
            }
            catch (ConfigStoreException error) when (error.Kind is ConfigStoreErrorKind.ETagMismatch or ConfigStoreErrorKind.AlreadyExists or ConfigStoreErrorKind.NotFound)
            {
                conflict = await ReadAsync(client, proposal.Target, ProposalEnvironment.Staging, cancellationToken);
                proposal.RecordStagingConflict(actor, conflict, time.GetUtcNow());
                return null;
            }
        }, cancellationToken);
        if (conflict is not null)
            throw new ProposalConflictException(
                $"Staging changed since the proposal read it: {proposal.Target.Describe(ProposalEnvironment.Staging)} now holds {conflict}. "
                + "The conflict is recorded; the author can rebase onto the current value and apply again.", conflict);
        return proposal;
    }

    public Task<Proposal> RebaseAsync(Guid id, ProposalActor actor, CancellationToken cancellationToken) =>
        Step(id, proposal => proposal.Rebase(actor, time.GetUtcNow()), cancellationToken);

    public Task<Proposal> VerifyStagingAsync(Guid id, ProposalActor actor, StagingChecklist checklist, CancellationToken cancellationToken) =>
        Step(id, proposal => proposal.VerifyStaging(actor, checklist, time.GetUtcNow()), cancellationToken);

    public Task<Proposal> FailStagingVerificationAsync(Guid id, ProposalActor actor, IReadOnlyList<string> reasons, CancellationToken cancellationToken) =>
        Step(id, proposal => proposal.FailStagingVerification(actor, reasons, time.GetUtcNow()), cancellationToken);

    public Task<Proposal> OverrideFailedVerificationAsync(
        Guid id, ProposalActor actor, string reason, ProposalActor? secondPerson, CancellationToken cancellationToken) =>
        Step(id, proposal => proposal.OverrideFailedVerification(actor, reason, secondPerson, time.GetUtcNow()), cancellationToken);

    public Task<Proposal> ApproveAsync(Guid id, ProposalActor approver, CancellationToken cancellationToken) =>
        Step(id, proposal => proposal.Approve(approver, time.GetUtcNow()), cancellationToken);

    public Task<Proposal> RejectAsync(Guid id, ProposalActor actor, string reason, CancellationToken cancellationToken) =>
        Step(id, proposal => proposal.Reject(actor, reason, time.GetUtcNow()), cancellationToken);

    /// <summary>Writes production only after the domain accepts the step against what production holds now; the replaced value is kept for rollback.</summary>
    public Task<Proposal> ApplyToProductionAsync(Guid id, ProposalActor actor, CancellationToken cancellationToken) =>
        ActAsync(id, async proposal =>
        {
            var client = await ClientForAsync(proposal, cancellationToken);
            var current = await ReadAsync(client, proposal.Target, ProposalEnvironment.Production, cancellationToken);
            proposal.EnsureCanApplyToProduction(actor, current);
            var etag = await WriteOrConflictAsync(client, proposal.Target, ProposalEnvironment.Production, proposal.ProposedValue, current, cancellationToken);
            proposal.ApplyToProduction(actor, current, etag, time.GetUtcNow());
            return $"production now holds {proposal.ProposedValue} (ETag '{etag}')";
        }, cancellationToken);

    public Task<Proposal> MarkVerifiedAsync(Guid id, ProposalActor actor, CancellationToken cancellationToken) =>
        Step(id, proposal => proposal.MarkVerified(actor, time.GetUtcNow()), cancellationToken);

    /// <summary>Writes the last known good value back (or deletes the key it created), refused when production changed after this proposal's write.</summary>
    public Task<Proposal> RollBackAsync(Guid id, ProposalActor actor, CancellationToken cancellationToken) =>
        ActAsync(id, async proposal =>
        {
            var client = await ClientForAsync(proposal, cancellationToken);
            var label = proposal.Target.ProductionLabel;
            var read = await client.GetSettingAsync(proposal.Target.Key, label, cancellationToken: cancellationToken);
            var lastChange = read.Setting is { } setting ? new SettingChange(null, setting.LastModified) : null;
            proposal.EnsureCanRollBack(actor, read.ETag, lastChange);
            var restore = proposal.LastKnownGood!;
            var current = Observed(read);
            var restoredETag = await WriteOrConflictAsync(client, proposal.Target, ProposalEnvironment.Production,
                restore.Exists ? ProposedValue.Set(restore.Value ?? "", restore.ContentType) : ProposedValue.Delete(), current, cancellationToken);
            // Kept so the out-of-band watcher knows this write came from the pipeline.
            proposal.RollBack(actor, read.ETag, time.GetUtcNow(), lastChange, restoredETag);
            return $"production holds the last known good value {restore} again";
        }, cancellationToken);

    public Task<Proposal> AbandonAsync(Guid id, ProposalActor actor, string reason, CancellationToken cancellationToken) =>
        Step(id, proposal => proposal.Abandon(actor, reason, time.GetUtcNow()), cancellationToken);

    public async Task<Proposal?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
    }

    public async Task<ProposalPage> ListAsync(ProposalQuery query, CancellationToken cancellationToken)
    {
        if (query.Page < 1)
            throw new ProposalInputException("page", $"Page {query.Page} does not exist: pages count from 1.");
        if (query.PageSize is < 1 or > ProposalQuery.MaxPageSize)
            throw new ProposalInputException("pageSize", $"A page holds 1 to {ProposalQuery.MaxPageSize} proposals; {query.PageSize} was asked.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var proposals = db.Proposals.AsNoTracking();
        if (query.State is { } state) proposals = proposals.Where(p => p.State == state);
        if (!string.IsNullOrWhiteSpace(query.Key)) proposals = proposals.Where(p => p.Target.Key == query.Key);
        if (!string.IsNullOrWhiteSpace(query.AuthorId)) proposals = proposals.Where(p => p.AuthorId == query.AuthorId);
        var total = await proposals.CountAsync(cancellationToken);
        var items = await proposals.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new ProposalPage(items, query.Page, query.PageSize, total);
    }

    /// <summary>Checks the whole stored audit chain, oldest first.</summary>
    /// <summary>The newest audit entries first, a page at a time.</summary>
    public async Task<IReadOnlyList<AuditEntry>> AuditPageAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
    }

    public async Task<AuditVerification> VerifyAuditAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        return AuditChain.Verify(entries);
    }

    private Task<Proposal> Step(Guid id, Action<Proposal> step, CancellationToken cancellationToken) =>
        ActAsync(id, proposal =>
        {
            step(proposal);
            return Task.FromResult<string?>(null);
        }, cancellationToken);

    /// <summary>Loads the proposal, runs the step (which returns what it wrote to the store, if anything) and saves it with its audit entries.</summary>
    private async Task<Proposal> ActAsync(Guid id, Func<Proposal, Task<string?>> step, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new ProposalNotFoundException(id);
        var knownEvents = proposal.Events.Count;
        var storeWrite = await step(proposal);
        await SaveAsync(db, proposal, knownEvents, storeWrite, cancellationToken);
        return proposal;
    }

    /// <summary>
    /// Runs a step on a separate, untracked copy: the domain has no separate check for staging apply, and the store must not be
    /// written when the domain would refuse the step.
    /// </summary>
    private async Task DryRunAsync(Guid id, Action<Proposal> step, CancellationToken cancellationToken) =>
        step(await GetAsync(id, cancellationToken) ?? throw new ProposalNotFoundException(id));

    private async Task SaveAsync(DashboardDbContext db, Proposal proposal, int knownEvents, string? storeWrite, CancellationToken cancellationToken)
    {
        var version = db.Entry(proposal).Property<int>(ProposalConfiguration.VersionProperty);
        var originalVersion = version.OriginalValue;
        version.CurrentValue = originalVersion + 1;
        for (var attempt = 1; ; attempt++)
        {
            var audit = await AppendAuditAsync(db, proposal, knownEvents, cancellationToken);
            try
            {
                // One SaveChanges is one transaction: the proposal, its events and the audit entries are stored together or not at all.
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException error)
            {
                foreach (var entry in audit) db.Entry(entry).State = EntityState.Detached;
                var proposalMoved = db.Entry(proposal).State != EntityState.Added
                    && !await IsAtVersionAsync(proposal.Id, originalVersion, cancellationToken);
                // Another step took the next audit sequence first: take the one after it.
                if (!proposalMoved && attempt < SaveAttempts) continue;
                throw SaveFailed(proposal, storeWrite, proposalMoved, error);
            }
        }
    }

    private static async Task<IReadOnlyList<AuditEntry>> AppendAuditAsync(DashboardDbContext db, Proposal proposal, int knownEvents, CancellationToken cancellationToken)
    {
        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
        var chain = AuditChain.Resume(last);
        var subject = Truncate($"proposal/{proposal.Id}/{proposal.Target.Key}", AuditChain.MaxFieldLength);
        List<AuditEntry> entries = [.. proposal.Events.Skip(knownEvents).Select(e => chain.Append(e.At, Truncate(e.ActorId, AuditChain.MaxFieldLength),
            AuditActionName(e.Action), subject,
            JsonSerializer.Serialize(new AuditSide(e.From?.ToString(), e.BeforeValue, null), JsonSerializerOptions.Web),
            JsonSerializer.Serialize(new AuditSide(e.To.ToString(), e.AfterValue, e.Description), JsonSerializerOptions.Web)))];
        db.AuditEntries.AddRange(entries);
        return entries;
    }

    private async Task<bool> IsAtVersionAsync(Guid id, int version, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Proposals.AnyAsync(p => p.Id == id && EF.Property<int>(p, ProposalConfiguration.VersionProperty) == version, cancellationToken);
    }

    private static Exception SaveFailed(Proposal proposal, string? storeWrite, bool proposalMoved, DbUpdateException error)
    {
        var written = storeWrite is null ? "" : $" The store write already happened ({storeWrite}); reload the proposal and check the store before acting again.";
        return proposalMoved
            ? new ProposalConflictException($"Someone else changed proposal {proposal.Id} at the same time, so this step was not saved.{written} Reload the proposal and try again.", null, error)
            : new InvalidOperationException($"Saving proposal {proposal.Id} failed: {error.InnerException?.Message ?? error.Message}.{written}", error);
    }

    private async Task<ConfigStore> FindStoreAsync(string? name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new ProposalInputException("store", "The 'store' is empty: name the config store to change, e.g. 'contoso-shared-config'.");
        var loaded = await catalog.LoadAsync(cancellationToken);
        return loaded.Stores.FirstOrDefault(s => string.Equals(s.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new ProposalInputException("store",
                $"There is no config store '{name}' in the catalog; known stores: {string.Join(", ", loaded.Stores.Select(s => s.Name))}.");
    }

    private async Task<IConfigStoreClient> ClientForAsync(Proposal proposal, CancellationToken cancellationToken) =>
        stores.For(await FindStoreAsync(proposal.Target.Store, cancellationToken));

    private static ProposalTarget TargetFor(ConfigStore store, string key)
    {
        var staging = store.BindingFor(StagingEnvironment)
            ?? throw new ProposalInputException("store", $"Store '{store.Name}' has no '{StagingEnvironment}' binding in the catalog: a change must go through staging first, so bind a staging label.");
        var production = store.BindingFor(ProductionEnvironment)
            ?? throw new ProposalInputException("store", $"Store '{store.Name}' has no '{ProductionEnvironment}' binding in the catalog: bind the production label first.");
        try
        {
            return new ProposalTarget(store.Name, key, staging.Label, production.Label);
        }
        catch (DomainException error)
        {
            throw new ProposalInputException("store", error.Message);
        }
    }

    private static string RequireKey(string? key)
    {
        try
        {
            return ConfigKey.Validate(key?.Trim());
        }
        catch (DomainException error)
        {
            throw new ProposalInputException("key", error.Message);
        }
    }

    private static ProposedValue RequireValue(string? value, string? contentType, bool delete)
    {
        if (delete)
        {
            if (value is not null)
                throw new ProposalInputException("value", "A deletion carries no 'value': send either 'delete': true or a 'value', not both.");
            return ProposedValue.Delete();
        }
        if (value is null)
            throw new ProposalInputException("value", "The 'value' is missing: send the new value, or 'delete': true to delete the key.");
        var bytes = Encoding.UTF8.GetByteCount(value);
        if (bytes > MaxValueBytes)
            throw new ProposalInputException("value",
                $"The 'value' is {bytes} bytes; App Configuration allows at most {MaxValueBytes} bytes (10 KB). Shorten it, or store a reference to larger content.");
        return ProposedValue.Set(value, contentType);
    }

    /// <summary>App Configuration's rules for the key-value under both labels, so a write is never refused for them at staging.</summary>
    private static void RequireStoreRules(ProposalTarget target, ProposedValue proposed)
    {
        foreach (var label in new[] { target.StagingLabel, target.ProductionLabel })
            if (ConfigSettingRules.Check(target.Key, label, proposed.Value, proposed.ContentType) is [var (field, message), ..])
                throw new ProposalInputException(field, message);
    }

    /// <summary>The proposal's production blast radius as it would be today, for an approver to compare with the one submitted.</summary>
    public async Task<Domain.BlastRadius.BlastRadius?> RadiusNowAsync(Proposal proposal, CancellationToken cancellationToken) =>
        blastRadius is null
            ? null
            : await blastRadius.AnalyzeAsync(ProductionChange(proposal.Target, proposal.ProposedValue), ProductionEnvironment,
                validatedInStaging: proposal.State is ProposalState.StagingVerified or ProposalState.Approved, cancellationToken);

    private async Task<BlastRadiusSnapshot> AnalyzeAsync(ProposalTarget target, ProposedValue proposed, bool validatedInStaging, CancellationToken cancellationToken)
    {
        if (blastRadius is null) return NotComputed;
        var result = await blastRadius.AnalyzeAsync(ProductionChange(target, proposed), ProductionEnvironment, validatedInStaging, cancellationToken);
        return new BlastRadiusSnapshot(JsonSerializer.Serialize(result, JsonSerializerOptions.Web), result.RiskLevel.ToString().ToLowerInvariant());
    }

    /// <summary>A value the services cannot parse as the type they read today is refused, not just flagged.</summary>
    private static void RequireSameType(string key, ProposedValue proposed, ObservedSetting production)
    {
        if (proposed.IsDelete || !production.Exists) return;
        var type = SettingKind.Type(key, production.Value, proposed.ContentType ?? production.ContentType);
        if (SettingKind.Mismatch(type, proposed.Value) is { } problem)
            throw new ProposalInputException("value",
                $"The 'value' {problem}: production holds {type} for '{key}', and the services reading it expect that. Send {type}, or change the readers first.");
    }

    private static ProposedChange ProductionChange(ProposalTarget target, ProposedValue proposed) => proposed.IsDelete
        ? ProposedChange.Delete(target.Store, target.Key, target.ProductionLabel)
        : ProposedChange.Set(target.Store, target.Key, target.ProductionLabel, proposed.Value!, proposed.ContentType);

    private static async Task<ObservedSetting> ReadAsync(IConfigStoreClient client, ProposalTarget target, ProposalEnvironment environment, CancellationToken cancellationToken) =>
        Observed(await client.GetSettingAsync(target.Key, target.LabelOf(environment), cancellationToken: cancellationToken));

    private static ObservedSetting Observed(ConfigReadResult read) =>
        read.Setting is { } setting ? new ObservedSetting(setting.Value, setting.ContentType, setting.ETag) : ObservedSetting.Absent;

    /// <summary>Writes only if the setting still has the ETag it was read with; returns the new ETag (null for a deletion).</summary>
    private static async Task<string?> WriteAsync(
        IConfigStoreClient client, string key, string? label, ProposedValue value, ObservedSetting expected, CancellationToken cancellationToken)
    {
        if (value.IsDelete)
        {
            if (expected.Exists) await client.DeleteSettingAsync(key, label, expected.ETag, cancellationToken);
            return null;
        }
        var condition = expected.ETag is { } etag ? ConfigWriteCondition.IfUnchanged(etag) : ConfigWriteCondition.IfAbsent;
        var written = await client.SetSettingAsync(new ConfigSettingWrite(key, label, value.Value, value.ContentType), condition, cancellationToken);
        return written.ETag;
    }

    private static async Task<string?> WriteOrConflictAsync(
        IConfigStoreClient client, ProposalTarget target, ProposalEnvironment environment, ProposedValue value, ObservedSetting expected, CancellationToken cancellationToken)
    {
        try
        {
            return await WriteAsync(client, target.Key, target.LabelOf(environment), value, expected, cancellationToken);
        }
        catch (ConfigStoreException error) when (error.Kind is ConfigStoreErrorKind.ETagMismatch or ConfigStoreErrorKind.AlreadyExists or ConfigStoreErrorKind.NotFound)
        {
            var current = await ReadAsync(client, target, environment, cancellationToken);
            throw new ProposalConflictException(
                $"{target.Describe(environment)} changed while this step ran (now {current}); nothing was written and the proposal is unchanged. Reload it and look at the current value.",
                current, error);
        }
    }

    private static string AuditActionName(ProposalAction action) =>
        "proposal." + string.Concat(action.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    private sealed record AuditSide(string? State, string? Value, string? Description);
}
