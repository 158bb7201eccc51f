namespace Dashboard.Domain.Reconciliation;

/// <summary>
/// One transaction of a run: what both sides said when it was classified, the proposed actions, an operator's exclusion or
/// override, the planned steps with their idempotency keys, and the outcome. Changed only through <see cref="ReconciliationRun"/>.
/// </summary>
public sealed class ReconciliationItem
{
    private List<ItemStep> _steps = [];

    private ReconciliationItem() { }

    internal ReconciliationItem(Guid runId, int position, ClassifiedTransaction classified)
    {
        var transaction = classified.Transaction;
        RunId = runId;
        Position = position;
        TransactionId = transaction.TransactionId;
        OrderId = transaction.OrderId;
        MerchantReference = transaction.MerchantReference;
        GatewayReference = transaction.GatewayReference;
        Amount = transaction.Amount;
        Currency = transaction.Currency;
        LedgerVersion = transaction.Version;
        Ledger = transaction.ToSnapshot();
        Gateway = classified.Gateway;
        Proposed = classified.Classification;
        PlanSteps();
    }

    public Guid RunId { get; private set; }
    /// <summary>Order in the run (oldest attempt first); the plan acts in this order.</summary>
    public int Position { get; private set; }
    public string TransactionId { get; private set; } = "";
    public string OrderId { get; private set; } = "";
    public string MerchantReference { get; private set; } = "";
    public string? GatewayReference { get; private set; }
    public long Amount { get; private set; }
    public string Currency { get; private set; } = "";
    /// <summary>The ledger row's version when it was classified.</summary>
    public string LedgerVersion { get; private set; } = "";
    public LedgerSnapshot Ledger { get; private set; } = null!;
    public GatewaySnapshot Gateway { get; private set; } = null!;
    public Classification Proposed { get; private set; } = null!;
    public ActionOverride? Override { get; private set; }
    public bool Excluded { get; private set; }
    public string? ExclusionReason { get; private set; }
    public ItemResult? Resolution { get; private set; }
    public IReadOnlyList<ItemStep> Steps => _steps;

    /// <summary>The actions that will be taken: the override's, else the proposed ones; none when excluded.</summary>
    public IReadOnlyList<ReconciliationAction> EffectiveActions => Excluded ? [] : Override?.Actions ?? Proposed.Actions;

    /// <summary>True when executing the run does something for this transaction (waiting and agreeing do nothing).</summary>
    public bool IsActionable => _steps.Count > 0;

    /// <summary>The next step to take, or null when every step is done or the item has an outcome.</summary>
    public ItemStep? NextStep => Resolution is null ? _steps.FirstOrDefault(s => !s.IsDone) : null;

    /// <summary>True once any step was claimed or done: the item must be finished, not skipped, after a restart.</summary>
    public bool HasStarted => _steps.Any(s => s.IsDone || s.IsClaimed);

    /// <summary>
    /// What changed since classification, in words, or null when both sides still read as they did. Meant for the moment before
    /// the first step: after a step, the change is the run's own doing.
    /// </summary>
    public string? ChangeSince(GatewaySnapshot gateway, LedgerSnapshot ledger)
    {
        var changes = new List<string>();
        Compare(changes, "gateway status", Gateway.Status.ToWire(), gateway.Status.ToWire());
        Compare(changes, "gateway amount", Gateway.Amount, gateway.Amount);
        Compare(changes, "gateway amount captured", Gateway.AmountCaptured, gateway.AmountCaptured);
        Compare(changes, "gateway amount refunded", Gateway.AmountRefunded, gateway.AmountRefunded);
        Compare(changes, "captures for the order", Gateway.Captures, gateway.Captures);
        Compare(changes, "dispute", Gateway.Disputed, gateway.Disputed);
        Compare(changes, "ledger state", Ledger.State.ToWire(), ledger.State.ToWire());
        Compare(changes, "order state", Ledger.OrderState.ToWire(), ledger.OrderState.ToWire());
        Compare(changes, "ledger amount", Ledger.Amount, ledger.Amount);
        Compare(changes, "billing confirmation", Ledger.Confirmed, ledger.Confirmed);
        Compare(changes, "gateway reference recorded", Ledger.HasGatewayReference, ledger.HasGatewayReference);
        return changes.Count == 0 ? null : $"Changed since the preview: {string.Join("; ", changes)}.";
    }

    /// <summary>The idempotency key of one (run, transaction, action): the same on every retry and after every restart.</summary>
    public static string IdempotencyKeyFor(Guid runId, string transactionId, ReconciliationAction action) =>
        $"recon-{runId:N}-{transactionId}-{action.ToWire()}";

    internal void Exclude(string? reason)
    {
        Excluded = true;
        ExclusionReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        PlanSteps();
    }

    internal void Include()
    {
        Excluded = false;
        ExclusionReason = null;
        PlanSteps();
    }

    internal void OverrideWith(ActionOverride actionOverride)
    {
        Override = actionOverride;
        PlanSteps();
    }

    internal void ClaimStep(ReconciliationAction action, DateTimeOffset at)
    {
        var index = RequireStepInOrder(action);
        if (_steps[index].IsDone || _steps[index].IsClaimed) return;
        _steps[index] = _steps[index] with { ClaimedAt = at };
    }

    internal void CompleteStep(ReconciliationAction action, DateTimeOffset at)
    {
        var index = RequireStepInOrder(action);
        if (_steps[index].IsDone) return;
        _steps[index] = _steps[index] with { CompletedAt = at };
    }

    private int RequireStepInOrder(ReconciliationAction action)
    {
        var index = _steps.FindIndex(s => s.Action == action);
        if (index < 0)
            throw new DomainException($"Transaction {TransactionId} has no planned '{action.ToWire()}' step: record only the steps its plan lists ({Describe(_steps)}).");
        var pending = _steps.Take(index).FirstOrDefault(s => !s.IsDone);
        if (pending is not null)
            throw new DomainException($"Transaction {TransactionId}: '{pending.Action.ToWire()}' comes before '{action.ToWire()}'; do the steps in plan order.");
        return index;
    }

    internal void Finish(ItemResult result)
    {
        if (result.Outcome == ItemOutcome.Done && _steps.Any(s => !s.IsDone))
            throw new DomainException(
                $"Transaction {TransactionId} cannot be done while '{_steps.First(s => !s.IsDone).Action.ToWire()}' is not: record the step first, or record it failed or escalated.");
        if (result.Outcome == ItemOutcome.SkippedChanged && HasStarted)
            throw new DomainException(
                $"Transaction {TransactionId} cannot be skipped: some of its steps are done already. Finish the remaining steps with the same idempotency keys, or record it failed.");
        Resolution = result;
    }

    private void PlanSteps()
    {
        // Keys depend only on (run, transaction, action), so an action that stays in the plan keeps its key across edits.
        _steps = [.. EffectiveActions
            .Where(a => a != ReconciliationAction.Wait)
            .Select(a => new ItemStep(a, IdempotencyKeyFor(RunId, TransactionId, a)))];
    }

    private static string Describe(IEnumerable<ItemStep> steps) =>
        string.Join(", ", steps.Select(s => s.Action.ToWire())) is { Length: > 0 } text ? text : "none";

    private static void Compare<T>(List<string> changes, string what, T before, T now)
    {
        if (!EqualityComparer<T>.Default.Equals(before, now)) changes.Add($"{what} was {before}, now {now}");
    }
}
