using System.Globalization;
using Dashboard.Application.Errors;
using Dashboard.Application.Reconciliation;
using Dashboard.Domain;
using Dashboard.Domain.Reconciliation;
using Dashboard.Web.Endpoints;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Model;

/// <summary>
/// The reconciliation page: the criteria form, the list of runs, and one run taken through its steps (found and classified,
/// with single transactions excluded or overridden; preview, approval, execution with progress and why it paused, report). Every step goes through the workflow, which the API uses too; bad
/// input is kept in the form with the message under its field, a refused step keeps the run as it was and says why.
/// </summary>
public sealed class ReconciliationViewModel(
    ReconciliationWorkflow workflow,
    RunProgressTracker progress,
    AuthenticationStateProvider authenticationState,
    ILogger<ReconciliationViewModel> logger)
{
    /// <summary>Rows shown per run; the report has them all.</summary>
    public const int ShownRows = 200;

    public static readonly IReadOnlyList<string> Steps = ["Criteria", "Found & classified", "Preview", "Approval", "Execute", "Report"];

    // The form, as typed: nothing is lost when a value is refused.
    public HashSet<string> States { get; } = ["pending", "authorized"];
    public int? OlderThanMinutes { get; set; } = 15;
    public DateTime? From { get; set; }
    public TimeSpan? FromTime { get; set; }
    public DateTime? To { get; set; }
    public TimeSpan? ToTime { get; set; }
    public long? MinAmount { get; set; }
    public long? MaxAmount { get; set; }
    public string? Currency { get; set; }

    /// <summary>The incident whose window filled in the criteria, when the page was opened from one.</summary>
    public Guid? WindowIncident { get; private set; }

    public IReadOnlyList<ReconciliationRunSummary> Runs { get; private set; } = [];
    public ReconciliationRun? Run
    {
        get;
        private set
        {
            field = value;
            Live = null;
        }
    }

    /// <summary>The executing run's progress, pace and on-screen outcomes read since <see cref="Run"/> was loaded.</summary>
    public ReconciliationRunProgress? Live { get; private set; }
    /// <summary>The field the last refusal named, and its message.</summary>
    public (string Field, string Message)? FieldError { get; private set; }
    public string? Refusal { get; private set; }
    public string? Error { get; private set; }

    public string? ErrorFor(string field) => FieldError is { } error && error.Field == field ? error.Message : null;

    /// <summary>0 (criteria) to 5 (report): where the open run is.</summary>
    public int CurrentStep => Run?.State switch
    {
        null => 0,
        ReconciliationRunState.Found => 1,
        ReconciliationRunState.Classified => Run.RequiresApproval ? 3 : 2,
        ReconciliationRunState.Approved => 4,
        ReconciliationRunState.Paused when PausedWhileClassifying => 1,
        ReconciliationRunState.Executing or ReconciliationRunState.Paused => 4,
        _ => 5,
    };

    /// <summary>True when the gateway (or an operator's key) stopped the open run before any transaction was classified.</summary>
    public bool PausedWhileClassifying => Run is { State: ReconciliationRunState.Paused, StartedAt: null };

    /// <summary>True while the open run reads its transactions from the gateway, or waits to read them again.</summary>
    public bool InClassifyStep => Run?.State == ReconciliationRunState.Found || PausedWhileClassifying;

    public (int Done, int Total)? Classifying => Run is null ? null : progress.Classifying(Run.Id);

    /// <summary>Transactions per action list as it stands after exclusions and overrides (e.g. "capture + confirm_ledger", "excluded"), most first.</summary>
    public IReadOnlyList<ActionGroup> ActionGroups => Run is null ? [] :
        [.. Run.Items.GroupBy(i => i.Excluded ? "excluded" : ActionsText(i.EffectiveActions))
            .Select(g => new ActionGroup(g.Key, g.Count(),
                [.. g.GroupBy(i => i.Currency, StringComparer.Ordinal).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Sum(i => i.Amount)))]))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Actions, StringComparer.Ordinal)];

    // The open edit of one transaction, as typed: a refused edit keeps it.
    public string? EditTransactionId { get; private set; }
    public ItemEditKind? EditKind { get; private set; }
    public string? EditReason { get; set; }
    public HashSet<ReconciliationAction> EditActions { get; private set; } = [];

    /// <summary>True while a run's transactions may still be excluded, included or overridden (before execution).</summary>
    public bool IsEditable => Run?.State is ReconciliationRunState.Classified or ReconciliationRunState.Approved;

    public IReadOnlyList<ReconciliationItem> ShownItems => Run is null ? [] : [.. Run.Items.Take(ShownRows)];

    public bool MayApprove(string userId) =>
        Run is { State: ReconciliationRunState.Classified, RequiresApproval: true } run && !string.Equals(run.PreparedById, userId, StringComparison.OrdinalIgnoreCase);

    public string ApprovalRule => Run is null ? "" : ReconciliationRunResponse.ApprovalRuleOf(Run);

    public static string ActionsText(IReadOnlyList<ReconciliationAction> actions) =>
        actions.Count == 0 ? "nothing to do" : string.Join(" + ", actions.Select(a => a.ToWire()));

    public async Task LoadListAsync(CancellationToken cancellationToken)
    {
        try
        {
            Runs = await workflow.ListAsync(cancellationToken);
            Error = null;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogError(error, "Listing reconciliation runs failed");
            Error = $"The runs could not be listed: {error.GetBaseException().Message}";
        }
    }

    /// <summary>Back to the criteria form for a new run; the open one goes on in the background.</summary>
    public void Close()
    {
        EndEdit();
        Run = null;
        FieldError = null;
        Refusal = null;
    }

    public async Task OpenAsync(Guid id, CancellationToken cancellationToken) =>
        await StepAsync(() => workflow.GetAsync(id, cancellationToken), cancellationToken);

    /// <summary>
    /// Re-reads the open run after someone else acted; a refusal or field error on screen stays until the operator acts again.
    /// While it executes only its progress and the outcomes on screen are read (a run of thousands is not loaded every second);
    /// once it stops executing it is read whole.
    /// </summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (Run is not { } run) return;
        if (run.State == ReconciliationRunState.Executing)
        {
            var live = await workflow.ProgressAsync(run.Id, ShownPositions(run), cancellationToken);
            if (live.State == ReconciliationRunState.Executing)
            {
                Live = live;
                return;
            }
        }
        Run = await workflow.GetAsync(run.Id, cancellationToken);
    }

    /// <summary>The open run's progress: live while it executes, else as it was read.</summary>
    public RunProgress? Progress => Live?.Progress ?? Run?.Progress;

    /// <summary>The pace while executing, once measurable (see <see cref="RefreshAsync"/>).</summary>
    public ExecutionPace? Pace => Live?.Pace;

    /// <summary>How the transaction ended, as last read.</summary>
    public ItemResult? OutcomeOf(ReconciliationItem item) =>
        Live is not null && Live.Outcomes.TryGetValue(item.Position, out var live) ? live : item.Resolution;

    private static HashSet<int> ShownPositions(ReconciliationRun run) => [.. run.Items.Take(ShownRows).Select(i => i.Position)];

    /// <summary>
    /// Fills in the attempt window from a link (an incident's "reconcile transactions from this window"): ISO 8601 times, UTC.
    /// A value that is not a time is said under its field and nothing is filled in.
    /// </summary>
    public void PrefillWindow(string? incident, string? from, string? to)
    {
        if (from is null && to is null) return;
        if (!TryParseLinkTime("from", from, out var start) || !TryParseLinkTime("to", to, out var end)) return;
        (From, FromTime) = (start?.UtcDateTime.Date, start?.UtcDateTime.TimeOfDay);
        (To, ToTime) = (end?.UtcDateTime.Date, end?.UtcDateTime.TimeOfDay);
        WindowIncident = Guid.TryParse(incident, out var id) ? id : null;
    }

    /// <summary>The attempt window in the form, in words, e.g. "from 2026-11-30 14:02:07 UTC until now".</summary>
    public string WindowText =>
        $"The attempt window is the incident's: {(Utc(From, FromTime) is { } from ? $"from {from:yyyy-MM-dd HH:mm:ss} UTC" : "from any time")} "
        + $"{(Utc(To, ToTime) is { } to ? $"to {to:yyyy-MM-dd HH:mm:ss} UTC" : "until now (it is not resolved)")}.";

    /// <summary>Finds what the criteria match and starts a run; the gateway is read in the background.</summary>
    public async Task<bool> FindAsync(CancellationToken cancellationToken)
    {
        foreach (var (field, date, time) in new[] { ("from", From, FromTime), ("to", To, ToTime) })
        {
            if (date is not null || time is null) continue;
            FieldError = (field, $"Pick a date for the time {time:hh\\:mm\\:ss}, or clear the time.");
            return false;
        }
        var request = new ReconciliationCriteriaRequest([.. States], OlderThanMinutes, Utc(From, FromTime), Utc(To, ToTime), MinAmount, MaxAmount, Currency);
        return await StepAsync(async () => await workflow.CreateAsync(await ActorAsync(), request.ToCriteria(), cancellationToken), cancellationToken);
    }

    public Task<bool> ApproveAsync(CancellationToken cancellationToken) =>
        ActAsync((run, actor) => workflow.ApproveAsync(run.Id, actor, run.Plan.Hash, cancellationToken), cancellationToken);

    public Task<bool> ExecuteAsync(CancellationToken cancellationToken) =>
        ActAsync((run, actor) => workflow.ExecuteAsync(run.Id, actor, run.Plan.Hash, cancellationToken), cancellationToken);

    public Task<bool> PauseAsync(CancellationToken cancellationToken) =>
        ActAsync((run, actor) => workflow.PauseAsync(run.Id, actor, cancellationToken), cancellationToken);

    public Task<bool> ResumeAsync(CancellationToken cancellationToken) =>
        ActAsync((run, actor) => workflow.ResumeAsync(run.Id, actor, cancellationToken), cancellationToken);

    public Task<bool> CancelAsync(string? reason, CancellationToken cancellationToken) =>
        ActAsync((run, actor) => workflow.CancelAsync(run.Id, actor, reason, cancellationToken), cancellationToken);

    /// <summary>Opens the exclude or override form for one transaction; an override starts from the actions it has now.</summary>
    public void BeginEdit(string transactionId, ItemEditKind kind)
    {
        var item = Run?.Items.FirstOrDefault(i => i.TransactionId == transactionId);
        if (item is null) return;
        EditTransactionId = transactionId;
        EditKind = kind;
        EditReason = null;
        EditActions = [.. item.EffectiveActions];
        FieldError = null;
        Refusal = null;
    }

    public void EndEdit()
    {
        EditTransactionId = null;
        EditKind = null;
        EditReason = null;
        EditActions = [];
        FieldError = null;
    }

    public void ToggleEditAction(ReconciliationAction action, bool on)
    {
        if (on) EditActions.Add(action);
        else EditActions.Remove(action);
    }

    /// <summary>Sends the open edit to the workflow, bound to the plan on screen; on success the form closes and the groups and totals follow.</summary>
    public async Task<bool> SaveEditAsync(CancellationToken cancellationToken)
    {
        if (EditTransactionId is not { } transactionId) return false;
        // Actions run in the vocabulary's order: gateway calls, then the ledger, then a person.
        IReadOnlyList<string?> actions = [.. EditActions.Order().Select(a => a.ToWire())];
        var saved = EditKind == ItemEditKind.Override
            ? await ActAsync((run, actor) => workflow.OverrideAsync(run.Id, transactionId, actor, run.Plan.Hash, actions, EditReason, cancellationToken), cancellationToken)
            : await ActAsync((run, actor) => workflow.ExcludeAsync(run.Id, transactionId, actor, run.Plan.Hash, EditReason, cancellationToken), cancellationToken);
        if (saved) EndEdit();
        return saved;
    }

    public Task<bool> IncludeAsync(string transactionId, CancellationToken cancellationToken) =>
        ActAsync((run, actor) => workflow.IncludeAsync(run.Id, transactionId, actor, run.Plan.Hash, cancellationToken), cancellationToken);

    public async Task<string> UserIdAsync() => (await ActorAsync()).UserId;

    public async Task<bool> IsOperatorAsync() => (await ActorAsync()).IsOperator;

    private Task<bool> ActAsync(Func<ReconciliationRun, ReconciliationActor, Task<ReconciliationRun>> step, CancellationToken cancellationToken) =>
        Run is not { } run ? Task.FromResult(false) : StepAsync(async () => await step(run, await ActorAsync()), cancellationToken);

    private async Task<bool> StepAsync(Func<Task<ReconciliationRun>> step, CancellationToken cancellationToken)
    {
        FieldError = null;
        Refusal = null;
        try
        {
            Run = await step();
            await LoadListAsync(cancellationToken);
            return true;
        }
        catch (InputException input)
        {
            FieldError = (input.Field, input.Message);
        }
        catch (Exception refused) when (refused is DomainException or NotFoundException or ConflictException)
        {
            Refusal = refused.Message;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogError(error, "A reconciliation step failed");
            Refusal = $"The step failed: {error.GetBaseException().Message}";
        }
        return false;
    }

    private async Task<ReconciliationActor> ActorAsync() => CurrentActor.ReconciliationOf((await authenticationState.GetAuthenticationStateAsync()).User);

    private static DateTimeOffset? Utc(DateTime? date, TimeSpan? time) =>
        date is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d.Date + (time ?? TimeSpan.Zero), DateTimeKind.Utc)) : null;

    private bool TryParseLinkTime(string field, string? value, out DateTimeOffset? time)
    {
        time = null;
        if (value is null) return true;
        if (value.Length <= 40 && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            time = parsed;
            return true;
        }
        var shown = value.Length > 40 ? value[..40] + "…" : value;
        FieldError = (field, $"The link's '{field}' ({shown}) is not a time: give an ISO 8601 time such as 2026-11-30T14:02:00Z, or pick a date here.");
        return false;
    }
}
