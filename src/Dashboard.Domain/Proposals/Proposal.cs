using Dashboard.Domain.Audit;
using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.ConfigMap;

namespace Dashboard.Domain.Proposals;

/// <summary>
/// A proposed change to one configuration key, on its way through staging, approval and production.
/// Every rule is enforced here: a refused step throws <see cref="DomainException"/> and changes nothing,
/// and every accepted step appends a <see cref="ProposalEvent"/>.
/// </summary>
public sealed partial class Proposal : IAuditedAggregate
{
    public const int MaxReasonLength = ProposalText.MaxReasonLength;

    private readonly List<ProposalEvent> _events = [];
    private readonly List<AuditRecord> _pendingAudit = [];

    public Guid Id { get; private set; }
    public string AuthorId { get; private set; } = "";
    public string AuthorName { get; private set; } = "";
    public ProposalTarget Target { get; private set; } = null!;
    public ProposedValue ProposedValue { get; private set; } = null!;
    /// <summary>What staging held when the proposal was made (or after a rebase, or after an edit of a value already on staging).</summary>
    public ObservedSetting StagingBase { get; private set; } = null!;
    /// <summary>What production held when the proposal was made; production apply is refused if it changed since.</summary>
    public ObservedSetting ProductionBase { get; private set; } = null!;
    public string Reason { get; private set; } = "";
    public BlastRadiusSnapshot BlastRadius { get; private set; } = null!;
    public DateTimeOffset CreatedAt { get; private set; }
    public ProposalState State { get; private set; }

    public StagingConflict? StagingConflict { get; private set; }
    public EnvironmentApply? StagingApply { get; private set; }
    public StagingVerificationResult? StagingVerification { get; private set; }
    public VerificationOverride? VerificationOverride { get; private set; }
    /// <summary>The approval that completed the gate (the last one it asked for); null while approvals are missing.</summary>
    public ProposalApproval? Approval { get; private set; }
    /// <summary>Every approval given since staging was verified, in order; the gate's rule says how many production needs.</summary>
    public IReadOnlyList<ProposalApproval> Approvals { get; private set; } = [];
    /// <summary>The gate policy in force when the proposal was submitted; null for proposals older than gate policies (judged by the defaults).</summary>
    public GateRules? SubmittedRules { get; private set; }
    public EnvironmentApply? ProductionApply { get; private set; }
    /// <summary>The ETag the store gave the value a rollback wrote back (null before a rollback, or when the rollback deleted the key).</summary>
    public string? RollbackETag { get; private set; }
    /// <summary>Why the proposal was rejected or abandoned.</summary>
    public string? ClosingReason { get; private set; }
    public IReadOnlyList<ProposalEvent> Events => _events;
    public IReadOnlyList<AuditRecord> PendingAuditRecords => _pendingAudit;

    /// <summary>The value a rollback writes back: what production held before this proposal changed it.</summary>
    public ObservedSetting? LastKnownGood => ProductionApply?.Replaced;

    /// <summary>The ETag the staging write must send as If-Match.</summary>
    public string? ExpectedStagingETag => StagingBase.ETag;

    /// <summary>True when an approval exists and still matches the diff and blast radius exactly.</summary>
    public bool IsApprovalValid =>
        Approval is not null && ComputeApprovalHash() is var hash && Approval.ApprovalHash == hash && Approvals.All(a => a.ApprovalHash == hash);

    /// <summary>
    /// The rules this proposal is judged by: those in force when it was submitted, so a later loosening of the policy cannot
    /// wave it through (and a later tightening does not strand it halfway).
    /// </summary>
    public GateRules Rules => SubmittedRules ?? GateRules.Default;

    /// <summary>What this proposal's risk asks for under <see cref="Rules"/>: staging evidence, a written mitigation, a number of approvals.</summary>
    public RiskGate Gate => RiskGate.For(BlastRadius, Rules);

    /// <summary>When staging evidence is in for a proposal applied to staging whose gate asks for it: the staging write plus the longest refresh interval.</summary>
    public DateTimeOffset? StagingEvidenceAt => Gate.RequiresStagingEvidence && StagingApply is not null ? StagingApply.At + Gate.StagingWait : null;

    /// <summary>How many more approvals production needs while staging is verified; 0 otherwise.</summary>
    public int ApprovalsMissing => State == ProposalState.StagingVerified ? Math.Max(0, Gate.ApprovalsRequired - Approvals.Count) : 0;

    private Proposal() { }

    public Proposal(
        ProposalActor author,
        ProposalTarget target,
        ProposedValue proposedValue,
        ObservedSetting stagingBase,
        ObservedSetting productionBase,
        string reason,
        BlastRadiusSnapshot blastRadius,
        DateTimeOffset at,
        GateRules? gateRules = null,
        IReadOnlyDictionary<string, string>? serviceOwners = null)
    {
        if (ProposalActionTable.For(ProposalAction.Propose).RoleRefusalFor(author) is { } refusal)
            throw new DomainException(refusal);
        RequireChange(target, proposedValue, productionBase);
        Id = Guid.NewGuid();
        AuthorId = author.UserId;
        AuthorName = author.DisplayName;
        Target = target;
        ProposedValue = proposedValue;
        StagingBase = stagingBase;
        ProductionBase = productionBase;
        Reason = RequireText(reason, "reason for the change", "e.g. 'raise the default tax rate for the 2027 rules'");
        BlastRadius = blastRadius;
        SubmittedRules = gateRules ?? GateRules.Default;
        OwningTeams = serviceOwners is null ? [] : OwningTeam.Of(blastRadius, serviceOwners);
        CreatedAt = at;
        State = ProposalState.Draft;
        Record(author, at, ProposalAction.Propose, null, $"Proposed {proposedValue} for {target.Describe(ProposalEnvironment.Production)}.",
            productionBase.ToString(), proposedValue.ToString());
    }

    /// <summary>
    /// The actions the state allows and whose other conditions hold now (a conflict to rebase, a failed verification to override,
    /// a valid approval to apply). Role checks depend on the person and are left to the methods.
    /// </summary>
    public IReadOnlyList<ProposalAction> AvailableActions() =>
    [
        .. ProposalTransitions.AllowedIn(State).Where(action => Claim is null && action switch
        {
            ProposalAction.ApplyToStaging => StagingConflict is null,
            ProposalAction.Rebase => StagingConflict is not null,
            ProposalAction.OverrideFailedVerification => StagingVerification is { Passed: false } && PendingOverride is null,
            ProposalAction.ConfirmVerificationOverride or ProposalAction.DeclineVerificationOverride => PendingOverride is not null,
            ProposalAction.ApplyToProduction => IsApprovalValid,
            _ => true,
        }).Order(),
    ];

    /// <summary>The steps <see cref="AvailableActions"/> allows now, each with whether <paramref name="actor"/> may take it and why not.</summary>
    public IReadOnlyList<ActionAvailability> AvailableActionsFor(ProposalActor actor) =>
        [.. AvailableActions().Select(action => new ActionAvailability(action,
            ProposalActionTable.For(action).RefusalFor(actor, this) ?? (action == ProposalAction.Approve ? AlreadyApproved(actor) ?? TeamRefusal(actor) : null)))];

    /// <summary>
    /// Changes the proposed value (and the blast radius computed for it). Allowed until production is applied; the proposal goes back
    /// to Draft because staging no longer holds the value that would ship, and any staging verification and approval are void.
    /// The owning teams follow the new radius, with <paramref name="serviceOwners"/> from the catalog (or the owners recorded so far).
    /// </summary>
    public void Edit(ProposalActor actor, ProposedValue newValue, BlastRadiusSnapshot blastRadius, DateTimeOffset at,
        IReadOnlyDictionary<string, string>? serviceOwners = null)
    {
        RequireAllowed(ProposalAction.Edit);
        Permit(ProposalAction.Edit, actor);
        if (newValue == ProposedValue && blastRadius.Hash == BlastRadius.Hash)
            throw new DomainException($"The proposal already proposes {newValue} with this blast radius: change the value before saving.");
        RequireChange(Target, newValue, ProductionBase);

        var from = State;
        var before = ProposedValue.ToString();
        var approvers = Approvals.Count > 0
            ? string.Join(" and ", Approvals.Select(a => a.ApproverName))
            : Approval is not null ? _events.Last(e => e.Action == ProposalAction.Approve).ActorName : null;
        // Staging now holds the earlier proposed value under the ETag our write got: the next staging write must match that.
        if (StagingApply is not null)
            StagingBase = new ObservedSetting(ProposedValue.IsDelete ? null : ProposedValue.Value, ProposedValue.ContentType, StagingApply.NewETag);
        ProposedValue = newValue;
        OwningTeams = OwningTeam.Of(blastRadius, serviceOwners ?? RecordedOwners());
        BlastRadius = blastRadius;
        StagingApply = null;
        StagingVerification = null;
        VerificationOverride = null;
        Approval = null;
        Approvals = [];
        State = ProposalState.Draft;
        var description = approvers is not null
            ? $"Edited after approval: the approval by {approvers} is void; apply to staging, verify and approve again."
            : from == ProposalState.Draft ? "Edited the proposed value." : "Edited after staging apply: apply to staging and verify again.";
        Record(actor, at, ProposalAction.Edit, from, description, before, newValue.ToString());
    }

    /// <summary>Records that staging accepted the write; <paramref name="newETag"/> is the ETag it gave the new value (null for a deletion).</summary>
    public void ApplyToStaging(ProposalActor actor, string? newETag, DateTimeOffset at)
    {
        EnsureCanApplyToStaging(actor);
        var etag = RequireNewETag(newETag, ProposalEnvironment.Staging);

        StagingApply = new EnvironmentApply(ProposalEnvironment.Staging, actor.UserId, actor.DisplayName, at, StagingBase, etag);
        Transition(actor, at, ProposalAction.ApplyToStaging, ProposalState.AppliedToStaging,
            $"Applied to {Target.Describe(ProposalEnvironment.Staging)}.", StagingBase.ToString(), ProposedValue.ToString());
    }

    /// <summary>Throws unless staging apply would be accepted now; call it before writing to the store.</summary>
    public void EnsureCanApplyToStaging(ProposalActor actor)
    {
        RequireAllowed(ProposalAction.ApplyToStaging);
        Permit(ProposalAction.ApplyToStaging, actor);
        if (StagingConflict is not null)
            throw new DomainException(
                $"Staging changed since this proposal read it (now {Shown(StagingConflict.Current)}): the author must rebase the proposal onto the current value before applying it to staging again.");
    }

    /// <summary>Records that staging refused the write because its ETag moved; <paramref name="current"/> is what staging holds now.</summary>
    public void RecordStagingConflict(ProposalActor actor, ObservedSetting current, DateTimeOffset at)
    {
        RequireAllowed(ProposalAction.RecordStagingConflict);
        if (string.Equals(current.ETag, StagingBase.ETag, StringComparison.Ordinal))
            throw new DomainException(
                $"Staging still has ETag '{current.ETag}', the one this proposal read, so this is not a conflict: retry the staging apply.");

        StagingConflict = new StagingConflict(current, at);
        Record(actor, at, ProposalAction.RecordStagingConflict, State,
            $"Staging refused the write: {Target.Describe(ProposalEnvironment.Staging)} changed since the proposal read it. The author can rebase onto the current value.",
            StagingBase.ToString(), current.ToString());
    }

    /// <summary>Moves the staging base onto the value staging holds now, after a conflict; only the author may, and the proposal stays a draft.</summary>
    public void Rebase(ProposalActor actor, DateTimeOffset at)
    {
        RequireAllowed(ProposalAction.Rebase);
        Permit(ProposalAction.Rebase, actor);
        var conflict = StagingConflict
            ?? throw new DomainException("There is no staging conflict to rebase onto: apply the proposal to staging; rebase only after staging refused a write.");

        var before = StagingBase.ToString();
        StagingBase = conflict.Current;
        StagingConflict = null;
        Record(actor, at, ProposalAction.Rebase, State, "Rebased onto the value staging holds now.", before, StagingBase.ToString());
    }

    /// <summary>Staging stayed healthy: the engineer signs a checklist whose every item is confirmed.</summary>
    public void VerifyStaging(ProposalActor actor, StagingChecklist checklist, DateTimeOffset at)
    {
        RequireAllowed(ProposalAction.VerifyStaging);
        Permit(ProposalAction.VerifyStaging, actor);
        var unconfirmed = checklist.Unconfirmed;
        if (unconfirmed.Count > 0)
            throw new DomainException(
                $"Staging cannot be verified with unconfirmed checks: {string.Join("; ", unconfirmed.Select(i => $"'{i.Description}'"))}. Confirm them, or record a failed verification.");
        RequireRefreshWaitOver(at);

        StagingVerification = new StagingVerificationResult(
            true, [.. checklist.Items.Select(i => i.Description)], StagingVerificationResult.ChecklistMethod, actor.UserId, actor.DisplayName, at);
        DropPendingOverride();
        Transition(actor, at, ProposalAction.VerifyStaging, ProposalState.StagingVerified,
            $"Staging verified by checklist ({checklist.Items.Count} checks).", null, null);
    }

    /// <summary>Staging did not stay healthy; the proposal stays applied to staging until it is edited, overridden or abandoned.</summary>
    public void FailStagingVerification(ProposalActor actor, IEnumerable<string> reasons, DateTimeOffset at)
    {
        RequireAllowed(ProposalAction.FailStagingVerification);
        Permit(ProposalAction.FailStagingVerification, actor);
        var listed = reasons.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).ToList();
        if (listed.Count == 0)
            throw new DomainException("A failed staging verification needs at least one reason, e.g. 'invoice-renderer error rate rose to 12%'.");
        if (ProposalText.ItemsProblem(listed, "reasons for the failed verification") is { } problem)
            throw new DomainException(problem);

        StagingVerification = new StagingVerificationResult(false, listed, StagingVerificationResult.ChecklistMethod, actor.UserId, actor.DisplayName, at);
        Record(actor, at, ProposalAction.FailStagingVerification, State, $"Staging verification failed: {string.Join("; ", listed)}.", null, null);
    }

    /// <summary>
    /// An Approver other than the author approves exactly this diff and blast radius; Admins get no exemption. When the gate asks
    /// for a mitigation (by default for high and critical), each approval carries one in <paramref name="mitigation"/>: how a
    /// failure would be noticed and undone. The proposal is approved once the gate's number of approvals, from different people, is in
    /// and, when the gate asks for it, an approver from each owning team (one approval covers every team its approver belongs to).
    /// While a team is missing, only its members may approve.
    /// </summary>
    public void Approve(ProposalActor approver, DateTimeOffset at, string? mitigation = null)
    {
        RequireAllowed(ProposalAction.Approve);
        Permit(ProposalAction.Approve, approver);
        if (AlreadyApproved(approver) is { } twice)
            throw new DomainException(twice);
        if (TeamRefusal(approver) is { } wrongTeam)
            throw new DomainException(wrongTeam);
        string? plan = null;
        if (Gate.RequiresMitigation)
            plan = RequireText(mitigation, $"mitigation for this {BlastRadius.RiskLevel} change",
                "say how a failure would be noticed and undone, e.g. 'watch billing-api 5xx for 10 min; roll back on any rise'");
        else if (!string.IsNullOrWhiteSpace(mitigation))
            plan = RequireText(mitigation, "mitigation", "or leave it empty");

        var hash = ComputeApprovalHash();
        var approval = new ProposalApproval(approver.UserId, approver.DisplayName, at, hash) { Mitigation = plan, ApproverTeams = approver.Teams };
        var coveredBefore = TeamApprovals.Satisfied.Select(t => t.Team).ToList();
        Approvals = [.. Approvals, approval];
        var required = Gate.ApprovalsRequired;
        var teams = TeamApprovals;
        var covered = teams.Satisfied.Select(t => t.Team).Except(coveredBefore, StringComparer.OrdinalIgnoreCase).ToList();
        var teamText = covered.Count == 0 ? "" : $" For {string.Join(", ", covered)}.";
        var planText = plan is null ? "" : $" Mitigation: {plan}";
        if (!IsApprovalGateMet)
        {
            var waiting = new List<string>();
            if (Approvals.Count < required) waiting.Add(Plural(required - Approvals.Count, "more approval"));
            if (!teams.IsComplete) waiting.Add($"an approver from {teams.MissingNames}");
            Record(approver, at, ProposalAction.Approve, State,
                $"Approved ({Approvals.Count} of {required}); approval hash {hash}.{teamText} Waiting for {string.Join(" and ", waiting)}.{planText}", null, null);
            return;
        }
        Approval = approval;
        var count = required > 1 ? $" ({Approvals.Count} of {required})" : "";
        Transition(approver, at, ProposalAction.Approve, ProposalState.Approved, $"Approved{count}; approval hash {hash}.{teamText}{planText}", null, null);
    }

    /// <summary>Why <paramref name="approver"/> cannot approve again, or null when they have not approved yet.</summary>
    private string? AlreadyApproved(ProposalActor approver) =>
        Approvals.FirstOrDefault(a => approver.IsSamePersonAs(a.ApproverId)) is { } earlier
            ? $"{approver.DisplayName} already approved this proposal at {earlier.At:yyyy-MM-dd HH:mm:ss zzz}: the gate asks for {Gate.ApprovalsRequired} approvals "
              + $"from different people, so ask another Approver (not {AuthorName}, the author)."
            : null;

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>A reviewer turns the proposal down before it reaches production.</summary>
    public void Reject(ProposalActor actor, string reason, DateTimeOffset at)
    {
        RequireAllowed(ProposalAction.Reject);
        Permit(ProposalAction.Reject, actor);
        var why = RequireText(reason, "reason for the rejection", "say what must change for it to be approved");

        ClosingReason = why;
        DropPendingOverride();
        Transition(actor, at, ProposalAction.Reject, ProposalState.Rejected, $"Rejected: {why}", null, null);
    }

    /// <summary>
    /// Throws unless production apply would be accepted now with <paramref name="currentProduction"/> as what production holds;
    /// call it before writing to the store, then <see cref="ApplyToProduction"/> after the write.
    /// </summary>
    public void EnsureCanApplyToProduction(ProposalActor actor, ObservedSetting currentProduction)
    {
        if (State is ProposalState.Draft or ProposalState.AppliedToStaging)
            throw new DomainException(
                "Production apply needs a verified staging apply first: apply the change to staging and verify it; production is reachable only through staging.");
        RequireApprovals();
        RequireAllowed(ProposalAction.ApplyToProduction);
        Permit(ProposalAction.ApplyToProduction, actor);
        if (!IsApprovalValid)
            throw new DomainException(
                "The approval does not match the change as it stands (its diff or blast radius differs from what was approved): edit the proposal and take it through staging and approval again.");
        if (!string.Equals(currentProduction.ETag, ProductionBase.ETag, StringComparison.Ordinal))
            throw new DomainException(
                $"Production changed since the proposal was made ({Target.Describe(ProposalEnvironment.Production)} was {Shown(ProductionBase)}, now {Shown(currentProduction)}): "
                + "the approved diff no longer describes what would happen. Abandon this proposal and propose the change again from the current value.");
    }

    /// <summary>Records that production accepted the write; <paramref name="lastKnownGood"/> is the value it replaced, kept for rollback.</summary>
    public void ApplyToProduction(ProposalActor actor, ObservedSetting lastKnownGood, string? newETag, DateTimeOffset at)
    {
        EnsureCanApplyToProduction(actor, lastKnownGood);
        var etag = RequireNewETag(newETag, ProposalEnvironment.Production);

        ProductionApply = new EnvironmentApply(ProposalEnvironment.Production, actor.UserId, actor.DisplayName, at, lastKnownGood, etag);
        Transition(actor, at, ProposalAction.ApplyToProduction, ProposalState.AppliedToProduction,
            $"Applied to {Target.Describe(ProposalEnvironment.Production)}; last known good kept for rollback.", lastKnownGood.ToString(), ProposedValue.ToString());
    }

    /// <summary>Production was watched and stayed healthy.</summary>
    public void MarkVerified(ProposalActor actor, DateTimeOffset at)
    {
        RequireAllowed(ProposalAction.MarkVerified);
        Permit(ProposalAction.MarkVerified, actor);
        Transition(actor, at, ProposalAction.MarkVerified, ProposalState.Verified, "Production verified.", null, null);
    }

    /// <summary>
    /// Throws unless a rollback would be accepted now: refused when production no longer holds what this proposal wrote,
    /// because writing the last known good back would silently undo someone else's change.
    /// </summary>
    public void EnsureCanRollBack(ProposalActor actor, string? currentProductionETag, SettingChange? lastChange = null)
    {
        RequireAllowed(ProposalAction.RollBack);
        Permit(ProposalAction.RollBack, actor);
        var written = ProductionApply!.NewETag;
        if (!string.Equals(currentProductionETag, written, StringComparison.Ordinal))
            throw new DomainException(
                $"Rollback refused: {Target.Describe(ProposalEnvironment.Production)} was changed {(lastChange ?? SettingChange.Unknown).Describe()} after this proposal applied it "
                + $"(this proposal wrote ETag '{written}', production now has '{currentProductionETag}'). Rolling back would overwrite that change: "
                + "look at the current value and propose a new change instead.");
    }

    /// <summary>Rolls production back to the last known good value, which the caller then writes; returns that value.</summary>
    public ObservedSetting RollBack(ProposalActor actor, string? currentProductionETag, DateTimeOffset at, SettingChange? lastChange = null, string? restoredETag = null,
        ObservedSetting? stagingNow = null, string? stagingRestoredETag = null)
    {
        EnsureCanRollBack(actor, currentProductionETag, lastChange);
        var stagingNote = StagingRestoreNote(stagingNow, stagingRestoredETag);
        var restore = ProductionApply!.Replaced;
        RollbackETag = restoredETag;
        Transition(actor, at, ProposalAction.RollBack, ProposalState.RolledBack,
            $"Rolled back {Target.Describe(ProposalEnvironment.Production)} to the last known good value.{stagingNote}", ProposedValue.ToString(), restore.ToString());
        return restore;
    }

    /// <summary>The author (or an Admin) drops the proposal before it reaches production.</summary>
    public void Abandon(ProposalActor actor, string reason, DateTimeOffset at, ObservedSetting? stagingNow = null, string? stagingRestoredETag = null)
    {
        RequireAllowed(ProposalAction.Abandon);
        Permit(ProposalAction.Abandon, actor);
        var why = RequireText(reason, "reason for abandoning", "e.g. 'superseded by a larger change'");
        var note = StagingRestoreNote(stagingNow, stagingRestoredETag);

        ClosingReason = why;
        DropPendingOverride();
        Transition(actor, at, ProposalAction.Abandon, ProposalState.Abandoned, $"Abandoned: {why}.{note}", null, null);
    }

    private string ComputeApprovalHash() => ApprovalHash.Compute(Target, StagingBase, ProductionBase, ProposedValue, BlastRadius);

    private void Transition(ProposalActor actor, DateTimeOffset at, ProposalAction action, ProposalState to, string description, string? before, string? after)
    {
        var from = State;
        State = to;
        Record(actor, at, action, from, description, before, after);
    }

    public void ClearPendingAuditRecords() => _pendingAudit.Clear();

    private void Record(ProposalActor actor, DateTimeOffset at, ProposalAction action, ProposalState? from, string description, string? before, string? after)
    {
        // A secret's values never enter the history; the audit keeps them only as a keyed hash, which its writer computes.
        var recorded = new ProposalEvent(_events.Count + 1, at, actor.UserId, actor.DisplayName, action, from, State,
            Masked(description)!, Masked(before), Masked(after), BlastRadius.Hash);
        _events.Add(recorded);
        _pendingAudit.Add(new AuditRecord(at, actor.UserId, AuditActionName(action), $"proposal/{Id}/{Target.Key}",
            new AuditSide(from?.ToString(), before), new AuditSide(State.ToString(), after, recorded.Description), ValuesAreSecret: IsSecret));
    }

    private string? Masked(string? text)
    {
        if (text is null || !IsSecret) return text;
        foreach (var value in new[] { ProposedValue.Value, StagingBase.Value, ProductionBase.Value, StagingConflict?.Current.Value }.OfType<string>().Where(v => v.Length > 0))
            text = text.Replace(value, SecretDetector.Mask, StringComparison.Ordinal);
        return text;
    }

    /// <summary>Secret values (Key Vault references, secret-looking keys, connection strings with secrets) are never shown or audited.</summary>
    public bool IsSecret =>
        SettingKind.IsSecret(Target.Key, ProposedValue.Value, ProposedValue.ContentType)
        || SettingKind.IsSecret(Target.Key, ProductionBase.Value, ProductionBase.ContentType);

    /// <summary>"proposal.apply-to-staging" for <see cref="ProposalAction.ApplyToStaging"/>.</summary>
    public static string AuditActionName(ProposalAction action) =>
        "proposal." + string.Concat(action.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private void RequireAllowed(ProposalAction action)
    {
        RequireNoClaim();
        if (ProposalTransitions.IsAllowed(State, action)) return;
        throw new DomainException($"Cannot {Verb(action)} a proposal that is {Describe(State)}: {NextStep()}.");
    }

    private void Permit(ProposalAction action, ProposalActor actor)
    {
        if (ProposalActionTable.For(action).RefusalFor(actor, this) is { } refusal)
            throw new DomainException(refusal);
    }

    private string? RequireNewETag(string? newETag, ProposalEnvironment environment)
    {
        if (ProposedValue.IsDelete) return null;
        if (string.IsNullOrWhiteSpace(newETag))
            throw new DomainException($"The {environment.ToString().ToLowerInvariant()} write needs the ETag the store returned for the new value: pass it so later changes can be detected.");
        return newETag;
    }

    private static void RequireChange(ProposalTarget target, ProposedValue proposed, ObservedSetting productionBase)
    {
        if (proposed.IsDelete && !productionBase.Exists)
            throw new DomainException($"{target.Describe(ProposalEnvironment.Production)} does not exist, so there is nothing to delete: propose a value instead.");
        if (!proposed.IsDelete && productionBase.Exists
            && string.Equals(proposed.Value, productionBase.Value, StringComparison.Ordinal)
            && string.Equals(proposed.ContentType, productionBase.ContentType, StringComparison.Ordinal))
            throw new DomainException($"Production already holds {proposed} for '{target.Key}': propose a different value.");
    }

    private static string RequireText(string? text, string what, string hint) =>
        ProposalText.ReasonProblem(text, what, hint) is { } problem ? throw new DomainException(problem) : text!.Trim();

    private string NextStep() => State switch
    {
        ProposalState.Draft => "apply it to staging first",
        ProposalState.AppliedToStaging => "verify staging first, or record a failed verification",
        ProposalState.StagingVerified when ApprovalsMissing == 0 => $"it needs an approver from {TeamApprovals.MissingNames} first",
        ProposalState.StagingVerified => $"it needs {Plural(ApprovalsMissing, "more approval")} first from Approvers other than {AuthorName}",
        ProposalState.Approved => "it is approved and waiting for production apply",
        ProposalState.AppliedToProduction => "it is live in production: mark it verified or roll it back",
        ProposalState.Verified => "it is verified in production: only a rollback is possible",
        _ => "it is closed; propose a new change instead",
    };

    private static string Describe(ProposalState state) => state switch
    {
        ProposalState.Draft => "a draft",
        ProposalState.AppliedToStaging => "applied to staging",
        ProposalState.StagingVerified => "verified on staging",
        ProposalState.Approved => "approved",
        ProposalState.AppliedToProduction => "applied to production",
        ProposalState.Verified => "verified in production",
        ProposalState.RolledBack => "rolled back",
        ProposalState.Rejected => "rejected",
        _ => "abandoned",
    };

    private static string Verb(ProposalAction action) => action switch
    {
        ProposalAction.Edit => "edit",
        ProposalAction.ApplyToStaging => "apply to staging",
        ProposalAction.RecordStagingConflict => "record a staging conflict on",
        ProposalAction.Rebase => "rebase",
        ProposalAction.VerifyStaging => "verify staging for",
        ProposalAction.FailStagingVerification => "fail staging verification of",
        ProposalAction.OverrideFailedVerification => "override a failed verification of",
        ProposalAction.ConfirmVerificationOverride => "confirm a verification override of",
        ProposalAction.DeclineVerificationOverride => "withdraw or decline a verification override of",
        ProposalAction.Approve => "approve",
        ProposalAction.Reject => "reject",
        ProposalAction.ApplyToProduction => "apply to production",
        ProposalAction.MarkVerified => "mark verified",
        ProposalAction.RollBack => "roll back",
        ProposalAction.Abandon => "abandon",
        ProposalAction.ClaimWrite => "claim a store write for",
        ProposalAction.ResolveClaim => "resolve the claim of",
        _ => action.ToString(),
    };
}
