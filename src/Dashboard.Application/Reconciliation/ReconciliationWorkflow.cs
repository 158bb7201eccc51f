using Dashboard.Application.Errors;
using Dashboard.Application.Live;
using Dashboard.Application.Persistence;
using Dashboard.Domain;
using Dashboard.Domain.Reconciliation;

namespace Dashboard.Application.Reconciliation;

/// <summary>
/// The operator's steps of a reconciliation run: find (criteria → ledger count), approve, execute, pause, resume, cancel. Each
/// step loads the run, lets the domain decide, and saves the run with its audit records in one transaction. Classifying
/// against the gateway and executing the plan are background work (<see cref="ReconciliationExecutor"/>), so they survive
/// a closed browser and a restart.
/// </summary>
public sealed class ReconciliationWorkflow(
    IUnitOfWorkFactory units,
    IReconciliationRunQueries queries,
    ILedger ledger,
    ReconciliationPolicy policy,
    ILiveFeed feed,
    TimeProvider time)
{
    public const int MaxListed = 100;
    private const int MaxOverrideActions = 9;
    // Pause, resume and cancel do not depend on the transactions' progress, so they are applied again to a fresh read when the
    // executor saved progress meanwhile; a running executor saves often, and the operator must still be able to stop it.
    private const int RunControlAttempts = 10;

    public ReconciliationPolicy Policy => policy;

    /// <summary>Counts what the criteria match and starts a run for them; matching nothing or too many is refused, naming the fix.</summary>
    public async Task<ReconciliationRun> CreateAsync(ReconciliationActor preparer, ReconciliationCriteria criteria, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var found = await ledger.FindAsync(criteria, now, take: 0, cancellationToken);
        ReconciliationRun run;
        try
        {
            run = new ReconciliationRun(preparer, criteria, found.Count, policy, now);
        }
        catch (DomainException refused) when (found.Count == 0 || found.Count > policy.MaxItemsPerRun)
        {
            throw new InputException("criteria", refused.Message);
        }
        await using var unit = await units.BeginAsync(cancellationToken);
        unit.ReconciliationRuns.Add(run);
        await SaveAsync(unit, run, 0, cancellationToken);
        return run;
    }

    public async Task<ReconciliationRun> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var unit = await units.BeginAsync(cancellationToken);
        return await RequireAsync(unit, id, cancellationToken);
    }

    /// <summary>
    /// The run's progress and pace without loading its transactions, with the outcomes of those at <paramref name="outcomesOf"/>
    /// (the rows on screen): cheap enough to poll every second while thousands execute.
    /// </summary>
    public async Task<ReconciliationRunProgress> ProgressAsync(Guid id, IReadOnlySet<int> outcomesOf, CancellationToken cancellationToken) =>
        ReconciliationRunProgress.From(id, await queries.ResultsAsync(id, cancellationToken) ?? throw NotFound(id), outcomesOf, time.GetUtcNow());

    public Task<IReadOnlyList<ReconciliationRunSummary>> ListAsync(CancellationToken cancellationToken) => queries.ListAsync(MaxListed, cancellationToken);

    /// <summary>Leaves one transaction out of the plan the operator looked at (<paramref name="planHash"/>); an earlier approval no longer binds.</summary>
    public Task<ReconciliationRun> ExcludeAsync(Guid id, string transactionId, ReconciliationActor actor, string? planHash, string? reason, CancellationToken cancellationToken) =>
        EditAsync(id, planHash, run => run.Exclude(actor, transactionId, string.IsNullOrWhiteSpace(reason) ? null : reason, time.GetUtcNow()), cancellationToken);

    /// <summary>Puts an excluded transaction back into the plan the operator looked at.</summary>
    public Task<ReconciliationRun> IncludeAsync(Guid id, string transactionId, ReconciliationActor actor, string? planHash, CancellationToken cancellationToken) =>
        EditAsync(id, planHash, run => run.Include(actor, transactionId, time.GetUtcNow()), cancellationToken);

    /// <summary>
    /// Replaces one transaction's proposed actions (wire names, in order) with the operator's, for the reason given; whoever
    /// overrides cannot approve the run afterwards.
    /// </summary>
    public Task<ReconciliationRun> OverrideAsync(Guid id, string transactionId, ReconciliationActor actor, string? planHash,
        IReadOnlyList<string?>? actions, string? reason, CancellationToken cancellationToken) =>
        EditAsync(id, planHash, run =>
        {
            var parsed = ParseActions(actions);
            if (string.IsNullOrWhiteSpace(reason))
                throw new InputException("reason", "Say why the proposed action is wrong, e.g. 'customer asked to cancel by phone': an override needs a reason.");
            run.Override(actor, transactionId, parsed, reason, time.GetUtcNow());
        }, cancellationToken);

    /// <summary>A second person approves exactly the plan they previewed; the preparer cannot approve their own run.</summary>
    public Task<ReconciliationRun> ApproveAsync(Guid id, ReconciliationActor approver, string? planHash, CancellationToken cancellationToken) =>
        StepAsync(id, run => run.Approve(approver, RequireHash(planHash), time.GetUtcNow()), cancellationToken);

    /// <summary>Starts execution of the previewed plan; the background executor takes it from there.</summary>
    public Task<ReconciliationRun> ExecuteAsync(Guid id, ReconciliationActor actor, string? planHash, CancellationToken cancellationToken) =>
        StepAsync(id, run =>
        {
            if (!ledger.AllowsWrites && run.Plan.Calls.Any(c => c.Target != CallTarget.Person))
                throw new DomainException(
                    "The ledger is read-only (Ledger:AllowWrites is false), so the ledger side of these fixes cannot be recorded: switch ledger writes on with a login that may write, then execute.");
            run.Start(actor, RequireHash(planHash), time.GetUtcNow());
        }, cancellationToken);

    public Task<ReconciliationRun> PauseAsync(Guid id, ReconciliationActor actor, CancellationToken cancellationToken) =>
        StepAsync(id, run => run.Pause(actor, time.GetUtcNow()), cancellationToken, RunControlAttempts);

    public Task<ReconciliationRun> ResumeAsync(Guid id, ReconciliationActor actor, CancellationToken cancellationToken) =>
        StepAsync(id, run => run.Resume(actor, time.GetUtcNow()), cancellationToken, RunControlAttempts);

    public Task<ReconciliationRun> CancelAsync(Guid id, ReconciliationActor actor, string? reason, CancellationToken cancellationToken) =>
        StepAsync(id, run =>
        {
            if (string.IsNullOrWhiteSpace(reason))
                throw new InputException("reason", "Say why the run is cancelled, e.g. 'gateway incident, retry tomorrow'.");
            run.Cancel(actor, reason, time.GetUtcNow());
        }, cancellationToken, RunControlAttempts);

    /// <summary>An edit applies to the plan the operator looked at: if someone changed it since, the edit is refused, not merged.</summary>
    private Task<ReconciliationRun> EditAsync(Guid id, string? planHash, Action<ReconciliationRun> edit, CancellationToken cancellationToken)
    {
        var expected = RequireHash(planHash);
        return StepAsync(id, run =>
        {
            if (run.Items.Count > 0 && !string.Equals(run.Plan.Hash, expected, StringComparison.Ordinal))
                throw new ConflictException("The plan changed since you looked at it (another edit or a new classification): reload the run and make the change again.");
            edit(run);
        }, cancellationToken);
    }

    private static List<ReconciliationAction> ParseActions(IReadOnlyList<string?>? actions)
    {
        if (actions is null || actions.Count == 0)
            throw new InputException("actions", $"Give the actions to take instead, in order, from: {string.Join(", ", ReconciliationVocabulary.Actions)}; to do nothing, exclude the transaction.");
        if (actions.Count > MaxOverrideActions)
            throw new InputException("actions", $"{actions.Count} actions were given; an override takes at most {MaxOverrideActions}, each once.");
        var parsed = new List<ReconciliationAction>(actions.Count);
        foreach (var action in actions)
        {
            try
            {
                parsed.Add(ReconciliationVocabulary.ParseAction(action, "actions"));
            }
            catch (DomainException refused)
            {
                throw new InputException("actions", refused.Message);
            }
        }
        return parsed;
    }

    private async Task<ReconciliationRun> StepAsync(Guid id, Action<ReconciliationRun> step, CancellationToken cancellationToken, int attempts = 1)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var unit = await units.BeginAsync(cancellationToken);
            var run = await RequireAsync(unit, id, cancellationToken);
            var before = run.Events.Count;
            step(run);
            try
            {
                await SaveAsync(unit, run, before, cancellationToken);
                return run;
            }
            catch (ConflictException) when (attempt < attempts)
            {
                // Someone saved the run since it was read: read it again and apply the step to that.
            }
        }
    }

    private async Task SaveAsync(IUnitOfWork unit, ReconciliationRun run, int eventsBefore, CancellationToken cancellationToken)
    {
        foreach (var record in ReconciliationAudit.EventsAfter(run, eventsBefore)) unit.Audit.Record(record);
        try
        {
            await unit.SaveAsync(cancellationToken);
        }
        catch (ConcurrentChangeException changed)
        {
            throw new ConflictException("The run changed while this step ran (the executor or another operator saved it first): reload it and try again.", innerException: changed);
        }
        feed.Publish(new FeedEvent(FeedTopic.Reconciliation, run.Id.ToString(), time.GetUtcNow()));
    }

    private static async Task<ReconciliationRun> RequireAsync(IUnitOfWork unit, Guid id, CancellationToken cancellationToken) =>
        await unit.ReconciliationRuns.FindAsync(id, cancellationToken) ?? throw NotFound(id);

    private static NotFoundException NotFound(Guid id) =>
        new("reconciliation run", $"There is no reconciliation run {id}: pick one from the list of runs.");

    private static string RequireHash(string? planHash) =>
        string.IsNullOrWhiteSpace(planHash)
            ? throw new InputException("planHash", "Give the hash of the plan you previewed ('planHash' of the run), so the step applies to exactly that plan.")
            : planHash.Trim();
}
