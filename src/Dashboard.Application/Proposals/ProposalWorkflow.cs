using System.Text.Json;
using Dashboard.Application.BlastRadius;
using Dashboard.Application.Errors;
using Dashboard.Application.Health;
using Dashboard.Application.Persistence;
using Dashboard.Domain;
using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Proposals;

namespace Dashboard.Application.Proposals;

/// <summary>
/// Takes proposals through the change pipeline: the domain decides, this workflow reads and writes the config store around
/// each step and saves the proposal with its events and audit entries in one transaction. Steps that write the store write it
/// BEFORE saving, because the domain records the ETag the store gave the new value; if the save then fails the store already
/// holds the write, and the error says so.
/// </summary>
public sealed partial class ProposalWorkflow(
    IUnitOfWorkFactory units,
    ICatalogSource catalog,
    IConfigStoreClientFactory stores,
    TimeProvider time,
    IBlastRadiusService? blastRadius = null,
    StagingEvidenceReader? stagingEvidence = null,
    IApproverDirectory? approvers = null)
{
    public const string StagingEnvironment = "staging";
    public const string ProductionEnvironment = "production";

    /// <summary>Recorded when no blast-radius analysis is registered in this host.</summary>
    public static readonly BlastRadiusSnapshot NotComputed = new("not computed", "unknown");

    public async Task<Proposal> CreateAsync(ProposalActor author, NewProposal request, CancellationToken cancellationToken)
    {
        var proposal = await DraftAsync(author, request, cancellationToken);
        await using var unit = await units.BeginAsync(cancellationToken);
        unit.Proposals.Add(proposal);
        await SaveAsync(unit, proposal, storeWrite: null, cancellationToken);
        return proposal;
    }

    /// <summary>
    /// A new draft with every check of <see cref="CreateAsync"/> (store, key, value, reason, type, radius), not saved: for a
    /// workflow that saves it together with its own change in one unit.
    /// </summary>
    public async Task<Proposal> DraftAsync(ProposalActor author, NewProposal request, CancellationToken cancellationToken)
    {
        var store = await FindStoreAsync(request.Store, cancellationToken);
        var key = RequireKey(request.Key);
        var proposed = RequireValue(key, request.Value, request.ContentType, request.Delete);
        if (ProposalText.ReasonProblem(request.Reason, "'reason'", "say why the change is needed, e.g. 'raise the default tax rate for the 2027 rules'") is { } reasonProblem)
            throw new InputException("reason", reasonProblem);
        var target = TargetFor(store, key);
        RequireStoreRules(target, proposed);
        var client = stores.For(store);
        var stagingBase = await ReadAsync(client, target, ProposalEnvironment.Staging, cancellationToken);
        var productionBase = await ReadAsync(client, target, ProposalEnvironment.Production, cancellationToken);
        if (proposed.IsDelete && !productionBase.Exists)
            throw new InputException("key",
                $"'{key}' does not exist in production in store '{store.Name}', so there is nothing to delete: check the 'key', or send a 'value' instead of 'delete'.");
        RequireSameType(key, proposed, productionBase);
        var radius = await AnalyzeAsync(target, proposed, cancellationToken);

        // The proposal keeps the production gate in force now: a later loosening of the policy cannot wave it through.
        await using var policy = await units.BeginAsync(cancellationToken);
        var rules = await GatePolicySettings.InForceAsync(policy, cancellationToken);
        var owners = await OwnersAsync(cancellationToken);
        return new Proposal(author, target, proposed, stagingBase, productionBase, request.Reason!, radius, time.GetUtcNow(), rules, owners);
    }

    public Task<Proposal> EditAsync(Guid id, ProposalActor actor, string? value, string? contentType, bool delete, CancellationToken cancellationToken) =>
        ActAsync(id, async proposal =>
        {
            var proposed = RequireValue(proposal.Target.Key, value, contentType, delete);
            RequireStoreRules(proposal.Target, proposed);
            RequireSameType(proposal.Target.Key, proposed, proposal.ProductionBase);
            var radius = await AnalyzeAsync(proposal.Target, proposed, cancellationToken);
            proposal.Edit(actor, proposed, radius, time.GetUtcNow(), await OwnersAsync(cancellationToken));
            return null;
        }, cancellationToken);

    /// <summary>
    /// Writes the proposed value under the staging label only, if staging still holds what the proposal read. When staging moved,
    /// the conflict is recorded on the proposal and a <see cref="ConflictException"/> carries the current value for a rebase.
    /// </summary>
    public Task<Proposal> ApplyToStagingAsync(Guid id, ProposalActor actor, CancellationToken cancellationToken) =>
        ClaimedWriteAsync(id, actor, ProposalAction.ApplyToStaging, cancellationToken);

    public Task<Proposal> RebaseAsync(Guid id, ProposalActor actor, CancellationToken cancellationToken) =>
        Step(id, proposal => proposal.Rebase(actor, time.GetUtcNow()), cancellationToken);

    /// <summary>
    /// Verifies staging on health evidence when the affected services have health data in staging (refused while the soak runs; a
    /// failing verdict is recorded with the service and indicator); otherwise on the signed <paramref name="checklist"/>.
    /// </summary>
    public Task<Proposal> VerifyStagingAsync(Guid id, ProposalActor actor, StagingChecklist? checklist, CancellationToken cancellationToken) =>
        ActAsync(id, async proposal =>
        {
            var evidence = await StagingEvidenceAsync(proposal, cancellationToken);
            var now = time.GetUtcNow();
            switch (evidence?.Kind)
            {
                case StagingEvidenceKind.Soaking or StagingEvidenceKind.Judged:
                    proposal.VerifyStagingBySoak(actor, evidence.Verdict, evidence.SoakEndsAt, now);
                    break;
                default:
                    proposal.VerifyStaging(actor, checklist ?? throw new DomainException(
                        $"{evidence?.Explanation ?? "Staging is verified by the signed checklist."} Send the checks you made, each confirmed."), now);
                    break;
            }
            return null;
        }, cancellationToken);

    /// <summary>What verifies this proposal's staging apply now; null when no health monitoring is registered or it is not applied to staging.</summary>
    public async Task<StagingEvidence?> StagingEvidenceAsync(Proposal proposal, CancellationToken cancellationToken) =>
        stagingEvidence is null || proposal.State != ProposalState.AppliedToStaging ? null : await stagingEvidence.ForAsync(proposal, cancellationToken);

    public Task<Proposal> FailStagingVerificationAsync(Guid id, ProposalActor actor, IReadOnlyList<string> reasons, CancellationToken cancellationToken) =>
        Step(id, proposal => proposal.FailStagingVerification(actor, reasons, time.GetUtcNow()), cancellationToken);

    /// <summary>Asks for a failed staging verification to be overridden; it counts only once <paramref name="secondPerson"/> confirms it.</summary>
    public Task<Proposal> OverrideFailedVerificationAsync(
        Guid id, ProposalActor actor, string reason, ProposalActor? secondPerson, CancellationToken cancellationToken) =>
        Step(id, proposal => proposal.OverrideFailedVerification(actor, reason, secondPerson, time.GetUtcNow()), cancellationToken);

    /// <summary>The second person named on the override request confirms it, signed in as themselves.</summary>
    public Task<Proposal> ConfirmVerificationOverrideAsync(Guid id, ProposalActor actor, CancellationToken cancellationToken) =>
        Step(id, proposal => proposal.ConfirmVerificationOverride(actor, time.GetUtcNow()), cancellationToken);

    /// <summary>The requester withdraws the override request, or the named second person declines it.</summary>
    public Task<Proposal> DeclineVerificationOverrideAsync(Guid id, ProposalActor actor, CancellationToken cancellationToken) =>
        Step(id, proposal => proposal.DeclineVerificationOverride(actor, time.GetUtcNow()), cancellationToken);

    /// <param name="mitigation">Required for high and critical changes: how a failure would be noticed and undone.</param>
    public Task<Proposal> ApproveAsync(Guid id, ProposalActor approver, string? mitigation, CancellationToken cancellationToken) =>
        Step(id, proposal => proposal.Approve(approver, time.GetUtcNow(), mitigation), cancellationToken);

    public Task<Proposal> RejectAsync(Guid id, ProposalActor actor, string reason, CancellationToken cancellationToken) =>
        Step(id, proposal => proposal.Reject(actor, reason, time.GetUtcNow()), cancellationToken);

    /// <summary>Writes production only after the domain accepts the step against what production holds now; the replaced value is kept for rollback.</summary>
    public async Task<Proposal> ApplyToProductionAsync(Guid id, ProposalActor actor, CancellationToken cancellationToken)
    {
        // A proposal still waiting for approvals is refused naming who could give them, before any write is claimed.
        if (approvers is not null)
        {
            var people = await approvers.ListAsync(cancellationToken);
            await DryRunAsync(id, probe => probe.RequireApprovals(people), cancellationToken);
        }
        return await ClaimedWriteAsync(id, actor, ProposalAction.ApplyToProduction, cancellationToken);
    }

    public Task<Proposal> MarkVerifiedAsync(Guid id, ProposalActor actor, CancellationToken cancellationToken) =>
        Step(id, proposal => proposal.MarkVerified(actor, time.GetUtcNow()), cancellationToken);

    /// <summary>Writes the last known good value back (or deletes the key it created), refused when production changed after this proposal's write.</summary>
    public Task<Proposal> RollBackAsync(Guid id, ProposalActor actor, CancellationToken cancellationToken) =>
        ClaimedWriteAsync(id, actor, ProposalAction.RollBack, cancellationToken);

    /// <summary>Drops the proposal; staging gets back the value this proposal's staging write replaced, refused when staging moved since.</summary>
    public Task<Proposal> AbandonAsync(Guid id, ProposalActor actor, string reason, CancellationToken cancellationToken) =>
        ActAsync(id, async proposal =>
        {
            if (proposal.StagingToRestore is null)
            {
                proposal.Abandon(actor, reason, time.GetUtcNow());
                return null;
            }
            var client = await ClientForAsync(proposal, cancellationToken);
            var stagingNow = await StagingBeforeRestoreAsync(client, proposal, cancellationToken);
            // Refusals (role, state, reason) come before the store is written.
            await DryRunAsync(id, probe => probe.Abandon(actor, reason, time.GetUtcNow(), stagingNow), cancellationToken);
            var stagingETag = await RestoreStagingAsync(client, proposal, stagingNow, cancellationToken);
            proposal.Abandon(actor, reason, time.GetUtcNow(), stagingNow, stagingETag);
            return StagingRestoredText(proposal, stagingNow).TrimStart(';', ' ');
        }, cancellationToken);

    /// <summary>The proposal's production blast radius as it would be today, for an approver to compare with the one submitted.</summary>
    public async Task<Domain.BlastRadius.BlastRadius?> RadiusNowAsync(Proposal proposal, CancellationToken cancellationToken) =>
        blastRadius is null
            ? null
            : await blastRadius.AnalyzeAsync(ProductionChange(proposal.Target, proposal.ProposedValue), ProductionEnvironment,
                validatedInStaging: proposal.State is ProposalState.StagingVerified or ProposalState.Approved, cancellationToken);

    private Task<Proposal> Step(Guid id, Action<Proposal> step, CancellationToken cancellationToken) =>
        ActAsync(id, proposal =>
        {
            step(proposal);
            return Task.FromResult<string?>(null);
        }, cancellationToken);

    /// <summary>Loads the proposal, runs the step (which returns what it wrote to the store, if anything) and saves it with its audit entries.</summary>
    private async Task<Proposal> ActAsync(Guid id, Func<Proposal, Task<string?>> step, CancellationToken cancellationToken)
    {
        await using var unit = await units.BeginAsync(cancellationToken);
        var proposal = await unit.Proposals.FindAsync(id, cancellationToken) ?? throw NotFound(id);
        var storeWrite = await step(proposal);
        await SaveAsync(unit, proposal, storeWrite, cancellationToken);
        return proposal;
    }

    private static async Task SaveAsync(IUnitOfWork unit, Proposal proposal, string? storeWrite, CancellationToken cancellationToken)
    {
        var written = storeWrite is null ? "" : $" The store write already happened ({storeWrite}); reload the proposal and check the store before acting again.";
        try
        {
            await unit.SaveAsync(cancellationToken);
        }
        catch (ConcurrentChangeException error)
        {
            throw new ConflictException($"Someone else changed proposal {proposal.Id} at the same time, so this step was not saved.{written} Reload the proposal and try again.",
                null, error);
        }
        catch (Exception error) when (storeWrite is not null && error is not OperationCanceledException)
        {
            throw new InvalidOperationException($"Saving proposal {proposal.Id} failed: {error.GetBaseException().Message}.{written}", error);
        }
    }

    public static NotFoundException NotFound(Guid id) =>
        new("proposal", $"There is no proposal with id '{id}': list the proposals to find its id.");

    private async Task<ConfigStore> FindStoreAsync(string? name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new InputException("store", "The 'store' is empty: name the config store to change, e.g. 'contoso-shared-config'.");
        var loaded = await catalog.LoadAsync(cancellationToken);
        return loaded.Stores.FirstOrDefault(s => string.Equals(s.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new InputException("store",
                $"There is no config store '{name}' in the catalog; known stores: {string.Join(", ", loaded.Stores.Select(s => s.Name))}.");
    }

    /// <summary>Each catalog service's owner team, by service name: the owning teams a proposal's gate may ask approvers from.</summary>
    private async Task<IReadOnlyDictionary<string, string>> OwnersAsync(CancellationToken cancellationToken) =>
        (await catalog.LoadAsync(cancellationToken)).Services.ToDictionary(s => s.Name, s => s.OwnerTeam, StringComparer.OrdinalIgnoreCase);

    private async Task<IConfigStoreClient> ClientForAsync(Proposal proposal, CancellationToken cancellationToken) =>
        stores.For(await FindStoreAsync(proposal.Target.Store, cancellationToken));

    private static ProposalTarget TargetFor(ConfigStore store, string key)
    {
        var staging = store.BindingFor(StagingEnvironment)
            ?? throw new InputException("store", $"Store '{store.Name}' has no '{StagingEnvironment}' binding in the catalog: a change must go through staging first, so bind a staging label.");
        var production = store.BindingFor(ProductionEnvironment)
            ?? throw new InputException("store", $"Store '{store.Name}' has no '{ProductionEnvironment}' binding in the catalog: bind the production label first.");
        try
        {
            return new ProposalTarget(store.Name, key, staging.Label, production.Label);
        }
        catch (DomainException error)
        {
            throw new InputException("store", error.Message);
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
            throw new InputException("key", error.Message);
        }
    }

    private static ProposedValue RequireValue(string key, string? value, string? contentType, bool delete)
    {
        if (delete)
        {
            if (value is not null)
                throw new InputException("value", "A deletion carries no 'value': send either 'delete': true or a 'value', not both.");
            return ProposedValue.Delete();
        }
        if (value is null)
            throw new InputException("value", "The 'value' is missing: send the new value, or 'delete': true to delete the key.");
        if (ConfigSettingRules.Check(key, null, value, contentType).FirstOrDefault(p => p.Field == "value") is { Message: { } tooLarge })
            throw new InputException("value", tooLarge);
        return ProposedValue.Set(value, contentType);
    }

    /// <summary>App Configuration's rules for the key-value under both labels, so a write is never refused for them at staging.</summary>
    private static void RequireStoreRules(ProposalTarget target, ProposedValue proposed)
    {
        foreach (var label in new[] { target.StagingLabel, target.ProductionLabel })
            if (ConfigSettingRules.Check(target.Key, label, proposed.Value, proposed.ContentType) is [var (field, message), ..])
                throw new InputException(field, message);
    }

    /// <summary>A value the services cannot parse as the type they read today is refused, not just flagged.</summary>
    private static void RequireSameType(string key, ProposedValue proposed, ObservedSetting production)
    {
        if (ValueTypeRule.Problem(key, proposed, production) is { } problem)
            throw new InputException("value", problem);
    }

    private async Task<BlastRadiusSnapshot> AnalyzeAsync(ProposalTarget target, ProposedValue proposed, CancellationToken cancellationToken)
    {
        if (blastRadius is null) return NotComputed;
        var result = await blastRadius.AnalyzeAsync(ProductionChange(target, proposed), ProductionEnvironment, validatedInStaging: false, cancellationToken);
        return new BlastRadiusSnapshot(JsonSerializer.Serialize(result, JsonSerializerOptions.Web), result.RiskLevel.ToString().ToLowerInvariant());
    }

    private static ProposedChange ProductionChange(ProposalTarget target, ProposedValue proposed) => proposed.IsDelete
        ? ProposedChange.Delete(target.Store, target.Key, target.ProductionLabel)
        : ProposedChange.Set(target.Store, target.Key, target.ProductionLabel, proposed.Value!, proposed.ContentType);

    private static async Task<ObservedSetting> ReadAsync(IConfigStoreClient client, ProposalTarget target, ProposalEnvironment environment, CancellationToken cancellationToken) =>
        Observed(await client.GetSettingAsync(target.Key, target.LabelOf(environment), cancellationToken: cancellationToken));

    private static ObservedSetting Observed(ConfigReadResult read) =>
        read.Setting is { } setting ? new ObservedSetting(setting.Value, setting.ContentType, setting.ETag) : ObservedSetting.Absent;

    private static bool IsConflict(ConfigStoreException error) =>
        error.Kind is ConfigStoreErrorKind.ETagMismatch or ConfigStoreErrorKind.AlreadyExists or ConfigStoreErrorKind.NotFound;

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
        // Tags (and the content type, unless the proposal sets one) stay as the store holds them; the ETag condition
        // still refuses the write if the setting moved after this read.
        var current = expected.Exists ? (await client.GetSettingAsync(key, label, cancellationToken: cancellationToken)).Setting : null;
        ConfigSettingWrite write;
        try
        {
            write = ConfigSettingRewrite.ForNewValue(current, key, label, value.Value, value.ContentType);
        }
        catch (DomainException refused)
        {
            throw new InputException("value", refused.Message);
        }
        var written = await client.SetSettingAsync(write, condition, cancellationToken);
        return written.ETag;
    }
}
