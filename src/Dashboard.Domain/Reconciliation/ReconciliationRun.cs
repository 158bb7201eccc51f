namespace Dashboard.Domain.Reconciliation;

/// <summary>
/// One reconciliation run: criteria and what they found, the classified transactions with operators' exclusions and overrides,
/// the plan and its approval, execution with pause, resume and cancel, and every transaction's outcome. A refused step throws
/// <see cref="DomainException"/> and changes nothing; every accepted step appends a <see cref="ReconciliationRunEvent"/>.
/// </summary>
public sealed class ReconciliationRun
{
    public const int MaxReasonLength = 2000;

    private readonly List<ReconciliationItem> _items = [];
    private readonly List<ReconciliationRunEvent> _events = [];
    private ReconciliationPlan? _plan;
    // Set when only the next transactions to act on were loaded (see LoadedForOneStep); never stored.
    private bool _loadedForOneStep;

    private ReconciliationRun() { }

    public ReconciliationRun(ReconciliationActor preparer, ReconciliationCriteria criteria, long foundCount, ReconciliationPolicy policy, DateTimeOffset at)
    {
        RequireOperator(preparer, "start a reconciliation run");
        policy.EnsureRunnable(foundCount, criteria);
        Id = Guid.NewGuid();
        PreparedById = preparer.UserId;
        PreparedByName = preparer.DisplayName;
        Criteria = criteria;
        FoundCount = foundCount;
        Policy = policy;
        CreatedAt = at;
        State = ReconciliationRunState.Found;
        Record(preparer, at, RunEventKind.Created, $"Found {foundCount} transactions matching {criteria.Describe()}.");
    }

    public Guid Id { get; private set; }
    public string PreparedById { get; private set; } = "";
    public string PreparedByName { get; private set; } = "";
    public ReconciliationCriteria Criteria { get; private set; } = null!;
    public long FoundCount { get; private set; }
    public ReconciliationPolicy Policy { get; private set; } = null!;
    public DateTimeOffset CreatedAt { get; private set; }
    public ReconciliationRunState State { get; private set; }
    public RunApproval? Approval { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
    public string? CancelReason { get; private set; }
    /// <summary>Why a paused run is paused and what to do, from its last pause (kept in its events, so it survives a restart); null unless paused.</summary>
    public string? PauseReason => State == ReconciliationRunState.Paused ? LastPause?.Description : null;
    /// <summary>True when the run paused itself because the gateway stopped answering: it resumes by itself once the gateway answers again.</summary>
    public bool ResumesByItself => State == ReconciliationRunState.Paused && LastPause?.Kind == RunEventKind.PausedUntilGatewayRecovers;

    public IReadOnlyList<ReconciliationItem> Items => _items;
    public IReadOnlyList<ReconciliationRunEvent> Events => _events;

    /// <summary>The calls execution will make, in order, with totals and the hash an approval binds to.</summary>
    public ReconciliationPlan Plan => _plan ??= ReconciliationPlan.Build(Id, RequireAllItems("its plan"));

    /// <summary>True when the plan is above the policy's count or amount threshold and so needs a second person's approval.</summary>
    public bool RequiresApproval => Policy.RequiresApproval(Plan);

    /// <summary>True when an approval exists and was given for exactly the current plan.</summary>
    public bool IsApprovalValid => Approval is not null && string.Equals(Approval.PlanHash, Plan.Hash, StringComparison.Ordinal);

    public RunProgress Progress => RunProgress.Of([.. RequireAllItems("its progress").Where(i => i.IsActionable).Select(i => i.Resolution)]);

    /// <summary>The next transaction to act on while executing (plan order), or null when there is none or the run is not executing.</summary>
    public ReconciliationItem? NextItem() =>
        State == ReconciliationRunState.Executing ? _items.Where(i => i.IsActionable && i.Resolution is null).MinBy(i => i.Position) : null;

    /// <summary>
    /// Says that only the next transactions to act on were loaded (in plan order, at least two unless the run is loaded whole),
    /// so that a step costs the same in a run of ten and of ten thousand. Such a run records steps and outcomes; its plan,
    /// progress and everything that needs them refuse, and the last outcome needs the run loaded whole to complete it.
    /// </summary>
    public void LoadedForOneStep()
    {
        if (State != ReconciliationRunState.Executing || _items.Count(i => i.IsActionable && i.Resolution is null) < 2)
            throw new InvalidOperationException($"Run {Id} is {Describe(State)} with fewer than two transactions to go: load it whole.");
        _loadedForOneStep = true;
    }

    /// <summary>Records the classification of the found transactions (again, replacing an earlier one, until execution starts).</summary>
    public void Classify(ReconciliationActor actor, IReadOnlyList<ClassifiedTransaction> transactions, DateTimeOffset at)
    {
        RequireState("classify", ReconciliationRunState.Found, ReconciliationRunState.Classified, ReconciliationRunState.Approved);
        RequireOperator(actor, "classify a run");
        if (transactions.Count == 0)
            throw new DomainException("There is nothing to classify: find transactions first, or widen the criteria.");
        if (transactions.Count > Policy.MaxItemsPerRun)
            throw new DomainException($"{transactions.Count} transactions were classified; a run takes at most {Policy.MaxItemsPerRun}: narrow the criteria.");
        var duplicate = transactions.GroupBy(t => t.Transaction.TransactionId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new DomainException($"Transaction {duplicate.Key} was classified twice: classify each transaction once.");

        _items.Clear();
        _items.AddRange(transactions.Select((t, index) => new ReconciliationItem(Id, index + 1, t)));
        var voided = VoidApproval();
        State = ReconciliationRunState.Classified;
        var counts = string.Join(", ", _items.GroupBy(i => string.Join("+", i.Proposed.Actions.Select(a => a.ToWire())) is { Length: > 0 } a ? a : "nothing")
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
        Record(actor, at, RunEventKind.Classified, $"Classified {_items.Count} transactions: {counts}.{voided}");
    }

    /// <summary>Leaves one transaction out of the run; the plan changes, so an approval is void.</summary>
    public void Exclude(ReconciliationActor actor, string transactionId, string? reason, DateTimeOffset at)
    {
        var item = RequireEditableItem(actor, transactionId, "exclude");
        if (item.Excluded)
            throw new DomainException($"Transaction {transactionId} is already excluded: include it again first if you meant to change it.");
        item.Exclude(reason is null ? null : Limit(reason, "exclusion reason"));
        Edited(actor, at, RunEventKind.Excluded, $"Excluded transaction {transactionId}{(item.ExclusionReason is null ? "" : $": {item.ExclusionReason}")}.");
    }

    /// <summary>Puts an excluded transaction back into the run.</summary>
    public void Include(ReconciliationActor actor, string transactionId, DateTimeOffset at)
    {
        var item = RequireEditableItem(actor, transactionId, "include");
        if (!item.Excluded)
            throw new DomainException($"Transaction {transactionId} is not excluded, so there is nothing to include.");
        item.Include();
        Edited(actor, at, RunEventKind.Included, $"Included transaction {transactionId} again.");
    }

    /// <summary>Replaces the proposed actions of one transaction; a reason is required.</summary>
    public void Override(ReconciliationActor actor, string transactionId, IReadOnlyList<ReconciliationAction> actions, string reason, DateTimeOffset at)
    {
        var item = RequireEditableItem(actor, transactionId, "override");
        var why = RequireText(reason, "override reason", "say why the proposed action is wrong, e.g. 'customer asked to cancel by phone'");
        if (actions.Count == 0)
            throw new DomainException($"An override of transaction {transactionId} needs at least one action; to do nothing, exclude the transaction instead.");
        if (actions.Distinct().Count() != actions.Count)
            throw new DomainException($"An override of transaction {transactionId} lists an action twice: list each action once, in the order to take them.");
        if (actions.SequenceEqual(item.EffectiveActions))
            throw new DomainException($"Transaction {transactionId} already has {string.Join(", ", actions.Select(a => a.ToWire()))}: choose different actions or leave it.");
        var gatewayWrite = actions.Where(a => a is ReconciliationAction.Capture or ReconciliationAction.Cancel or ReconciliationAction.Refund)
            .Select(a => (ReconciliationAction?)a).FirstOrDefault();
        if (item.GatewayReference is null && gatewayWrite is not null)
            throw new DomainException($"Transaction {transactionId} has no gateway reference, so '{gatewayWrite.Value.ToWire()}' cannot be sent: look it up by reference first.");

        item.OverrideWith(new ActionOverride([.. actions], why, actor.UserId, actor.DisplayName, at));
        Edited(actor, at, RunEventKind.Overridden,
            $"Overrode transaction {transactionId}: {string.Join(", ", item.Proposed.Actions.Select(a => a.ToWire()))} → {string.Join(", ", actions.Select(a => a.ToWire()))}, because {why}");
    }

    /// <summary>
    /// A second person approves exactly the plan they previewed (<paramref name="previewedPlanHash"/>): not the preparer, and not
    /// anyone who excluded or overrode a transaction of this plan.
    /// </summary>
    public void Approve(ReconciliationActor approver, string previewedPlanHash, DateTimeOffset at)
    {
        RequireState("approve", ReconciliationRunState.Classified);
        if (!RequiresApproval)
            throw new DomainException($"This plan is within the approval threshold ({Policy.ApprovalCountThreshold} transactions, {Policy.ApprovalAmountThreshold} in minor units per currency): execute it without approval.");
        if (!approver.CanApprove)
            throw new DomainException($"{approver.DisplayName} cannot approve: approving needs the ReconciliationOperator or Approver role.");
        if (approver.IsSamePersonAs(PreparedById))
            throw new DomainException($"{approver.DisplayName} prepared this run and cannot approve it: ask a second person to approve it (four eyes).");
        if (_items.Any(i => i.Override is not null && approver.IsSamePersonAs(i.Override.ByUserId)))
            throw new DomainException($"{approver.DisplayName} overrode actions in this plan and cannot approve it: ask a second person to approve it (four eyes).");
        RequireCurrentPlan(previewedPlanHash, "approve");

        Approval = new RunApproval(approver.UserId, approver.DisplayName, at, Plan.Hash);
        State = ReconciliationRunState.Approved;
        Record(approver, at, RunEventKind.Approved, $"Approved the plan of {Plan.TransactionCount} transactions and {Plan.GatewayCallCount} gateway calls.");
    }

    /// <summary>Starts execution of exactly the plan the operator previewed; a plan above the threshold needs a valid approval.</summary>
    public void Start(ReconciliationActor actor, string previewedPlanHash, DateTimeOffset at)
    {
        RequireState("execute", ReconciliationRunState.Classified, ReconciliationRunState.Approved);
        RequireOperator(actor, "execute a run");
        RequireCurrentPlan(previewedPlanHash, "execute");
        if (RequiresApproval && !IsApprovalValid)
            throw new DomainException(
                $"This plan needs a second person's approval ({Plan.TransactionCount} transactions; threshold {Policy.ApprovalCountThreshold} transactions or {Policy.ApprovalAmountThreshold} per currency): ask someone other than {PreparedByName} to approve it.");
        if (Plan.TransactionCount == 0)
            throw new DomainException("The plan does nothing (every transaction agrees, waits or is excluded): there is nothing to execute.");

        StartedAt = at;
        State = ReconciliationRunState.Executing;
        Record(actor, at, RunEventKind.Started, $"Started executing {Plan.Calls.Count} calls ({Plan.GatewayCallCount} to the gateway).");
    }

    /// <summary>
    /// Stops acting until someone resumes. An operator pauses an executing run without a <paramref name="fault"/>; the executor
    /// pauses with one (a refused API key, a read-only ledger) that says what to fix, while executing or classifying, and it
    /// becomes the run's <see cref="PauseReason"/>.
    /// </summary>
    public void Pause(ReconciliationActor actor, DateTimeOffset at, string? fault = null)
    {
        var automatic = !string.IsNullOrWhiteSpace(fault);
        if (automatic) RequireState("pause", ReconciliationRunState.Found, ReconciliationRunState.Executing);
        else RequireState("pause", ReconciliationRunState.Executing);
        RequireOperator(actor, "pause a run");
        var description = automatic
            ? $"Paused automatically {PausedWhile()}: {Limit(fault!, "pause reason")} Fix that, then resume; {NothingTwice()}"
            : $"Paused by {actor.DisplayName} with {Progress.Remaining} transactions to go: resume to go on, or cancel the run.";
        State = ReconciliationRunState.Paused;
        Record(actor, at, RunEventKind.Paused, description);
    }

    /// <summary>
    /// Stops acting, while executing or classifying, because the gateway stopped answering (<paramref name="fault"/> says how);
    /// the run is resumed by itself once the gateway answers again (<see cref="ResumesByItself"/>), or by an operator.
    /// </summary>
    public void PauseUntilGatewayRecovers(ReconciliationActor actor, DateTimeOffset at, string fault)
    {
        RequireState("pause", ReconciliationRunState.Found, ReconciliationRunState.Executing);
        RequireOperator(actor, "pause a run");
        var why = RequireText(fault, "pause reason", "say what the gateway did");
        State = ReconciliationRunState.Paused;
        Record(actor, at, RunEventKind.PausedUntilGatewayRecovers,
            $"Paused automatically {PausedWhile()}: {why} The run resumes by itself once the gateway answers again; resume it yourself to try at once, or cancel it. {NothingTwice()}");
    }

    /// <summary>Goes on where the run stopped: executing, or classifying when it paused before execution started.</summary>
    public void Resume(ReconciliationActor actor, DateTimeOffset at)
    {
        RequireState("resume", ReconciliationRunState.Paused);
        RequireOperator(actor, "resume a run");
        if (StartedAt is null)
        {
            State = ReconciliationRunState.Found;
            Record(actor, at, RunEventKind.Resumed, "Resumed: the found transactions are read from the gateway again.");
            return;
        }
        State = ReconciliationRunState.Executing;
        Record(actor, at, RunEventKind.Resumed, $"Resumed with {Progress.Remaining} transactions to go.");
        CompleteIfFinished(at);
    }

    /// <summary>Stops the run for good; transactions not yet acted on stay untouched.</summary>
    public void Cancel(ReconciliationActor actor, string reason, DateTimeOffset at)
    {
        RequireState("cancel", ReconciliationRunState.Found, ReconciliationRunState.Classified, ReconciliationRunState.Approved,
            ReconciliationRunState.Executing, ReconciliationRunState.Paused);
        RequireOperator(actor, "cancel a run");
        CancelReason = RequireText(reason, "cancellation reason", "e.g. 'gateway incident, retry tomorrow'");
        State = ReconciliationRunState.Cancelled;
        FinishedAt = at;
        Record(actor, at, RunEventKind.Cancelled, $"Cancelled with {Progress.Remaining} transactions not acted on: {CancelReason}");
    }

    /// <summary>
    /// Records that one step of one transaction is about to be sent, before it is sent: after a crash the step is finished with
    /// its key (the gateway replays it) and the transaction is never skipped as "changed", since the change may be the run's own.
    /// </summary>
    public void RecordStepClaimed(string transactionId, ReconciliationAction action, DateTimeOffset at)
    {
        var item = RequireExecutionItem(transactionId);
        if (item.Resolution is not null)
            throw new DomainException($"Transaction {transactionId} already ended as {item.Resolution.Outcome}: nothing more is sent for it.");
        item.ClaimStep(action, at);
    }

    /// <summary>Records that one step of one transaction is done (the gateway or the ledger accepted it).</summary>
    public void RecordStepDone(string transactionId, ReconciliationAction action, DateTimeOffset at)
    {
        var item = RequireExecutionItem(transactionId);
        item.CompleteStep(action, at);
    }

    /// <summary>Records how one transaction ended; the run completes when the last one is recorded while executing.</summary>
    public void RecordOutcome(string transactionId, ItemOutcome outcome, string reason, DateTimeOffset at)
    {
        var item = RequireExecutionItem(transactionId);
        if (item.Resolution is not null)
            throw new DomainException($"Transaction {transactionId} already ended as {item.Resolution.Outcome}: an outcome is recorded once.");
        item.Finish(new ItemResult(outcome, RequireText(reason, "outcome reason", "say what happened"), at));
        CompleteIfFinished(at);
    }

    private void CompleteIfFinished(DateTimeOffset at)
    {
        if (State != ReconciliationRunState.Executing) return;
        // Loaded for one step, another loaded transaction still waits: more remain, whatever was not loaded.
        if (_loadedForOneStep && _items.Any(i => i.IsActionable && i.Resolution is null)) return;
        if (Progress.Remaining > 0) return;
        var progress = Progress;
        State = ReconciliationRunState.Completed;
        FinishedAt = at;
        _events.Add(new ReconciliationRunEvent(_events.Count + 1, at, PreparedById, PreparedByName, RunEventKind.Completed,
            $"Completed: {progress.Done} done, {progress.Skipped} skipped because they changed, {progress.Failed} failed, {progress.Escalated} escalated.", Plan.Hash));
    }

    private ReconciliationRunEvent? LastPause => _events.LastOrDefault(e => e.Kind is RunEventKind.Paused or RunEventKind.PausedUntilGatewayRecovers);

    private string PausedWhile() => StartedAt is null ? "while classifying" : $"with {Progress.Remaining} transactions to go";

    private string NothingTwice() => StartedAt is null
        ? "classifying only reads, so nothing was changed."
        : "the remaining transactions keep their idempotency keys, so nothing is done twice.";

    private ReconciliationItem RequireExecutionItem(string transactionId)
    {
        var executing = State is ReconciliationRunState.Executing or ReconciliationRunState.Paused
            || (State == ReconciliationRunState.Cancelled && StartedAt is not null);
        if (!executing)
            throw new DomainException($"Outcomes are recorded only while a run executes; this run is {Describe(State)}.");
        var item = FindItem(transactionId);
        if (!item.IsActionable)
            throw new DomainException($"Transaction {transactionId} has nothing planned in this run (it waits, agrees or is excluded).");
        return item;
    }

    private List<ReconciliationItem> RequireAllItems(string what) => _loadedForOneStep
        ? throw new InvalidOperationException($"Run {Id} was loaded for one step, without all its transactions: load it whole to read {what}.")
        : _items;

    private ReconciliationItem RequireEditableItem(ReconciliationActor actor, string transactionId, string verb)
    {
        RequireState(verb + " transactions of", ReconciliationRunState.Classified, ReconciliationRunState.Approved);
        RequireOperator(actor, verb + " transactions");
        return FindItem(transactionId);
    }

    private ReconciliationItem FindItem(string transactionId)
    {
        var item = _items.FirstOrDefault(i => string.Equals(i.TransactionId, transactionId, StringComparison.Ordinal));
        if (item is not null) return item;
        if (_loadedForOneStep)
            throw new InvalidOperationException($"Transaction {transactionId} was not loaded for this step: act on the transactions loaded.");
        throw new DomainException($"Transaction {transactionId} is not in this run: pick one of the classified transactions.");
    }

    private void Edited(ReconciliationActor actor, DateTimeOffset at, RunEventKind kind, string description)
    {
        var voided = VoidApproval();
        State = ReconciliationRunState.Classified;
        Record(actor, at, kind, description + voided);
    }

    /// <summary>Drops the plan cache and any approval; returns the sentence the event adds when an approval was voided.</summary>
    private string VoidApproval()
    {
        _plan = null;
        if (Approval is null) return "";
        var name = Approval.ApproverName;
        Approval = null;
        return $" The plan changed, so the approval by {name} is void: preview and approve again.";
    }

    private void RequireCurrentPlan(string previewedPlanHash, string verb)
    {
        if (!string.Equals(previewedPlanHash, Plan.Hash, StringComparison.Ordinal))
            throw new DomainException($"The plan changed since it was previewed (hash {Short(previewedPlanHash)}, now {Short(Plan.Hash)}): preview it again, then {verb}.");
    }

    private void RequireState(string verb, params ReconciliationRunState[] allowed)
    {
        if (allowed.Contains(State)) return;
        throw new DomainException($"Cannot {verb} a run that is {Describe(State)}: {NextStep()}.");
    }

    private static void RequireOperator(ReconciliationActor actor, string verb)
    {
        if (!actor.IsOperator)
            throw new DomainException($"{actor.DisplayName} cannot {verb}: that needs the ReconciliationOperator or Admin role.");
    }

    private void Record(ReconciliationActor actor, DateTimeOffset at, RunEventKind kind, string description) =>
        _events.Add(new ReconciliationRunEvent(_events.Count + 1, at, actor.UserId, actor.DisplayName, kind, description, _items.Count == 0 ? null : Plan.Hash));

    private static string RequireText(string? text, string what, string hint)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0)
            throw new DomainException($"The {what} is empty: {hint}.");
        return Limit(trimmed, what);
    }

    private static string Limit(string text, string what)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > MaxReasonLength)
            throw new DomainException($"The {what} has {trimmed.Length} characters; shorten it to at most {MaxReasonLength}.");
        return trimmed;
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;

    private string NextStep() => State switch
    {
        ReconciliationRunState.Found => "classify it first",
        ReconciliationRunState.Classified => RequiresApproval ? "preview it and get a second person's approval" : "preview and execute it",
        ReconciliationRunState.Approved => "it is approved and waiting to be executed",
        ReconciliationRunState.Executing => "it is executing: pause or cancel it",
        ReconciliationRunState.Paused => "it is paused: resume or cancel it",
        _ => "it is finished; start a new run",
    };

    private static string Describe(ReconciliationRunState state) => state switch
    {
        ReconciliationRunState.Found => "found but not classified",
        ReconciliationRunState.Classified => "classified",
        ReconciliationRunState.Approved => "approved",
        ReconciliationRunState.Executing => "executing",
        ReconciliationRunState.Paused => "paused",
        ReconciliationRunState.Completed => "completed",
        _ => "cancelled",
    };
}
