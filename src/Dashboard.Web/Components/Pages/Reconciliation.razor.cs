using Dashboard.Application.Live;
using Dashboard.Domain.Reconciliation;
using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages;

public partial class Reconciliation : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private IDisposable? _subscription;
    private bool _busy;
    private string _userId = "";
    private bool _isOperator;
    private string? _cancelReason;

    [Inject] public required ReconciliationViewModel Model { get; init; }

    // An incident's "reconcile transactions from this window" link: ISO 8601 UTC times, parsed (and refused) by the model.
    [SupplyParameterFromQuery(Name = "incident")] public string? WindowIncident { get; set; }
    [SupplyParameterFromQuery(Name = "from")] public string? WindowFrom { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string? WindowTo { get; set; }
    [Inject] public required ILiveFeed Feed { get; init; }

    protected override async Task OnInitializedAsync()
    {
        // The executor's progress arrives at most once a second; the subscription ends with the page.
        _subscription = Feed.Subscribe(new HashSet<FeedTopic> { FeedTopic.Reconciliation }, OnChangesAsync);
        _userId = await Model.UserIdAsync();
        _isOperator = await Model.IsOperatorAsync();
        Model.PrefillWindow(WindowIncident, WindowFrom, WindowTo);
        await Model.LoadListAsync(_disposed.Token);
    }

    private Task OnChangesAsync(IReadOnlyList<FeedEvent> changes, CancellationToken cancellationToken) =>
        InvokeAsync(async () =>
        {
            // While an exclude or override form is open the run is not re-read under the operator's clicks:
            // the save is bound to the plan hash on screen, and a plan changed meanwhile is refused with "reload the run".
            if (_busy || Model.EditTransactionId is not null) return;
            if (Model.Run is { } run && changes.Any(c => c.Subject == run.Id.ToString()))
                await Model.RefreshAsync(_disposed.Token);
            else
                await Model.LoadListAsync(_disposed.Token);
            StateHasChanged();
        });

    private void Toggle(string state, bool on)
    {
        if (on) Model.States.Add(state);
        else Model.States.Remove(state);
    }

    private Task FindAsync() => BusyAsync(() => Model.FindAsync(_disposed.Token));

    private Task OpenAsync(Guid id) => BusyAsync(async () =>
    {
        Model.EndEdit();
        await Model.OpenAsync(id, _disposed.Token);
        return true;
    });

    private Task SaveEditAsync() => BusyAsync(() => Model.SaveEditAsync(_disposed.Token));

    private Task IncludeAsync(string transactionId) => BusyAsync(() => Model.IncludeAsync(transactionId, _disposed.Token));

    /// <summary>The operator's reason when they excluded or overrode the transaction, else the decision table's rule.</summary>
    private static string Why(ReconciliationItem item) => item switch
    {
        { Excluded: true } => $"Excluded{(item.ExclusionReason is { } reason ? ": " + reason : "")}",
        { Override: { } edit } => $"Overridden by {edit.ByName} (was {ReconciliationViewModel.ActionsText(item.Proposed.Actions)}): {edit.Reason}",
        _ => item.Proposed.Rule,
    };

    private Task ApproveAsync() => BusyAsync(() => Model.ApproveAsync(_disposed.Token));

    private Task ExecuteAsync() => BusyAsync(() => Model.ExecuteAsync(_disposed.Token));

    private Task PauseAsync() => BusyAsync(() => Model.PauseAsync(_disposed.Token));

    private Task ResumeAsync() => BusyAsync(() => Model.ResumeAsync(_disposed.Token));

    private Task CancelAsync() => BusyAsync(() => Model.CancelAsync(_cancelReason, _disposed.Token));

    private void CloseRun() => Model.Close();

    private async Task BusyAsync(Func<Task<bool>> step)
    {
        _busy = true;
        try
        {
            await step();
        }
        finally
        {
            _busy = false;
        }
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
