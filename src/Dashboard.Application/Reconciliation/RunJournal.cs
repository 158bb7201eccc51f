using System.Threading.Channels;
using Dashboard.Application.Live;
using Dashboard.Application.Persistence;
using Dashboard.Domain.Audit;
using Dashboard.Domain.Reconciliation;
using Microsoft.Extensions.Logging;

namespace Dashboard.Application.Reconciliation;

/// <summary>
/// The record of one run's execution while several of its transactions are acted on at once. Workers hand it what they are
/// about to send (a claimed step) and what happened (a step done, an outcome, a fault that pauses the run); one writer saves
/// everything handed in meanwhile together (the run read with just those transactions, one unit of work, one database
/// transaction), so a claim is saved before its call is sent, as when acting on one at a time, without a save per step.
/// A claim is refused once the run is no longer executing (an operator paused or cancelled it) or this instance lost the
/// run's lease; the journal is then stopped and no more transactions are started.
/// </summary>
internal sealed partial class RunJournal : IAsyncDisposable
{
    private const int MaxBatch = 256;
    private const int SaveAttempts = 5;

    private readonly Guid _runId;
    private readonly IUnitOfWorkFactory _units;
    private readonly Func<CancellationToken, Task<bool>> _mayClaim;
    private readonly ILiveFeed _feed;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Channel<Entry> _entries = Channel.CreateUnbounded<Entry>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private volatile bool _stopped;
    private volatile bool _executing = true;

    public RunJournal(Guid runId, IUnitOfWorkFactory units, Func<CancellationToken, Task<bool>> mayClaim, ILiveFeed feed, TimeProvider time, ILogger logger,
        CancellationToken cancellationToken)
    {
        _runId = runId;
        _units = units;
        _mayClaim = mayClaim;
        _feed = feed;
        _time = time;
        _logger = logger;
        _writer = Task.Run(() => WriteAsync(cancellationToken), CancellationToken.None);
    }

    /// <summary>True once a claim was refused or a fault paused the run: start no more transactions.</summary>
    public bool Stopped => _stopped;

    /// <summary>Whether the run was still executing at the last save (false once it completed, paused or was cancelled).</summary>
    public bool Executing => _executing;

    /// <summary>Stops starting transactions (a worker met a fault that ends this attempt).</summary>
    public void Stop() => _stopped = true;

    /// <summary>
    /// Saves that <paramref name="action"/> of the transaction is about to be sent, with the step before it done if there was
    /// one; false (and nothing claimed) when the run is no longer executing here: do not send it.
    /// </summary>
    public Task<bool> ClaimAsync(ReconciliationItem item, ReconciliationAction action, ReconciliationAction? done, CancellationToken cancellationToken) =>
        AddAsync(new Entry(EntryKind.Claim, item.Position, item.TransactionId, done, action, null, null), cancellationToken);

    /// <summary>Saves how the transaction ended, with its last step done if there was one.</summary>
    public Task FinishAsync(ReconciliationItem item, ItemOutcome outcome, string reason, ReconciliationAction? done, CancellationToken cancellationToken) =>
        AddAsync(new Entry(EntryKind.Finish, item.Position, item.TransactionId, done, null, outcome, reason), cancellationToken);

    /// <summary>
    /// Pauses the run with the reason (a fault every later transaction would meet too) and stops the journal; when
    /// <paramref name="untilGatewayRecovers"/>, the run resumes by itself once the gateway answers again.
    /// </summary>
    public Task PauseAsync(string reason, bool untilGatewayRecovers, CancellationToken cancellationToken) =>
        AddAsync(new Entry(untilGatewayRecovers ? EntryKind.PauseUntilGatewayRecovers : EntryKind.Pause, 0, "", null, null, null, reason), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        _entries.Writer.TryComplete();
        try
        {
            await _writer;
        }
        catch (OperationCanceledException)
        {
            // Cancelled with the work: what was not saved is done again with the same keys.
        }
    }

    private async Task<bool> AddAsync(Entry entry, CancellationToken cancellationToken)
    {
        if (!_entries.Writer.TryWrite(entry)) throw new InvalidOperationException($"The journal of run {_runId} is closed.");
        return await entry.Saved.Task.WaitAsync(cancellationToken);
    }

    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        var batch = new List<Entry>();
        while (await _entries.Reader.WaitToReadAsync(cancellationToken))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _entries.Reader.TryRead(out var entry)) batch.Add(entry);
            try
            {
                var saved = await SaveAsync(batch, cancellationToken);
                for (var i = 0; i < batch.Count; i++) batch[i].Saved.TrySetResult(saved[i]);
            }
            catch (Exception error)
            {
                _stopped = true;
                foreach (var entry in batch) entry.Saved.TrySetException(error);
            }
        }
    }

    private async Task<bool[]> SaveAsync(List<Entry> batch, CancellationToken cancellationToken)
    {
        var readWhole = false;
        for (var attempt = 1; ; attempt++)
        {
            await using var unit = await _units.BeginAsync(cancellationToken);
            var pausing = batch.Any(e => e.Kind is EntryKind.Pause or EntryKind.PauseUntilGatewayRecovers);
            var positions = batch.Where(e => e.Kind is EntryKind.Claim or EntryKind.Finish).Select(e => e.Position).ToList();
            ReconciliationRun run;
            try
            {
                // The pause event counts every transaction that remains, so a pause reads the run whole; so does a batch whose
                // partial read met an operator's pause or cancel (the run is no longer executing).
                run = (pausing || positions.Count == 0 || readWhole
                        ? await unit.ReconciliationRuns.FindAsync(_runId, cancellationToken)
                        : await unit.ReconciliationRuns.FindForItemsAsync(_runId, positions, cancellationToken))
                    ?? throw new InvalidOperationException($"Run {_runId} is no longer in the database.");
            }
            catch (ConcurrentChangeException) when (attempt < SaveAttempts)
            {
                readWhole = true;
                continue;
            }
            var before = run.Events.Count;
            // A fault that pauses the run stops claims saved with it: their calls would meet the same fault.
            var claiming = !pausing && run.State == ReconciliationRunState.Executing
                && (!batch.Any(e => e.Kind == EntryKind.Claim) || await _mayClaim(cancellationToken));
            var saved = Apply(unit, run, batch, claiming);
            foreach (var record in ReconciliationAudit.EventsAfter(run, before)) unit.Audit.Record(record);
            try
            {
                await unit.SaveAsync(cancellationToken);
            }
            catch (ConcurrentChangeException) when (attempt < SaveAttempts)
            {
                // An operator paused, resumed or cancelled the run since it was read: read it again and apply the batch to that.
                continue;
            }
            _executing = run.State == ReconciliationRunState.Executing;
            if (!claiming || pausing) _stopped = true;
            if (pausing && run.PauseReason is { } reason) LogPaused(_runId, reason);
            _feed.Publish(new FeedEvent(FeedTopic.Reconciliation, _runId.ToString(), _time.GetUtcNow()));
            return saved;
        }
    }

    private bool[] Apply(IUnitOfWork unit, ReconciliationRun run, List<Entry> batch, bool claiming)
    {
        var now = _time.GetUtcNow();
        var executor = RunActors.ExecutorFor(run);
        var saved = new bool[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var entry = batch[i];
            if (entry.Done is { } done) run.RecordStepDone(entry.TransactionId, done, now);
            switch (entry.Kind)
            {
                case EntryKind.Claim when claiming:
                    run.RecordStepClaimed(entry.TransactionId, entry.Claim!.Value, now);
                    saved[i] = true;
                    break;
                case EntryKind.Finish:
                    run.RecordOutcome(entry.TransactionId, entry.Outcome!.Value, entry.Reason!, now);
                    unit.Audit.Record(ReconciliationAudit.Outcome(run, run.Items.Single(t => t.Position == entry.Position), executor.UserId));
                    saved[i] = true;
                    break;
                case EntryKind.Pause or EntryKind.PauseUntilGatewayRecovers when run.State == ReconciliationRunState.Executing:
                    if (entry.Kind == EntryKind.Pause) run.Pause(executor, now, entry.Reason);
                    else run.PauseUntilGatewayRecovers(executor, now, entry.Reason!);
                    unit.Audit.Record(new AuditRecord(now, run.PreparedById, "reconciliation.paused-on-fault", $"reconciliation/{run.Id}", null,
                        new AuditSide(State: run.State.ToString(), Description: entry.Reason)));
                    saved[i] = true;
                    break;
            }
        }
        return saved;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} paused: {Reason}")]
    private partial void LogPaused(Guid runId, string reason);

    private enum EntryKind
    {
        Claim,
        Finish,
        Pause,
        PauseUntilGatewayRecovers,
    }

    private sealed record Entry(EntryKind Kind, int Position, string TransactionId, ReconciliationAction? Done, ReconciliationAction? Claim, ItemOutcome? Outcome, string? Reason)
    {
        public TaskCompletionSource<bool> Saved { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
