using Dashboard.Application.Live;
using Dashboard.Domain.Proposals;
using Dashboard.Web.Components.Dialogs;
using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public partial class ProposalDetail : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private IDisposable? _subscription;
    private bool _busy;

    [Parameter] public Guid Id { get; set; }
    [Inject] public required ProposalDetailViewModel Model { get; init; }
    [Inject] public required IDialogService Dialogs { get; init; }
    [Inject] public required ISnackbar Snackbar { get; init; }
    [Inject] public required ILiveFeed Feed { get; init; }

    // Another person's step on this proposal shows here without a reload.
    protected override void OnInitialized() => _subscription = Feed.Subscribe(new HashSet<FeedTopic> { FeedTopic.Proposals }, OnChangesAsync);

    protected override Task OnParametersSetAsync() => Model.LoadAsync(Id, _disposed.Token);

    private Task OnChangesAsync(IReadOnlyList<FeedEvent> changes, CancellationToken cancellationToken)
    {
        var id = Id.ToString();
        if (!changes.Any(c => c.Subject == id)) return Task.CompletedTask;
        return InvokeAsync(async () =>
        {
            if (_busy) return;
            await Model.LoadAsync(Id, _disposed.Token);
            StateHasChanged();
        });
    }

    private async Task ActAsync(ProposalAction action)
    {
        if (await AskAsync(action) is not { } input) return;
        _busy = true;
        try
        {
            if (await Model.RunAsync(action, input, _disposed.Token))
                Snackbar.Add($"{ButtonText(action)}: done. The proposal is now {Model.Proposal?.State}.", Severity.Success);
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>Asks for what the step needs; null when the person cancelled.</summary>
    private async Task<ProposalStepInput?> AskAsync(ProposalAction action)
    {
        switch (action)
        {
            case ProposalAction.VerifyStaging:
                var checklist = await ShowAsync<StagingChecklistDialog>("Verify staging", []);
                return checklist is StagingChecklist signed ? new ProposalStepInput(Checklist: signed) : null;
            case ProposalAction.FailStagingVerification:
                var reasons = await ReasonAsync("Fail staging verification", "What went wrong on staging?", "Reasons", "Record failure", onePerLine: true);
                return reasons is null ? null
                    : new ProposalStepInput(Reasons: [.. reasons.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]);
            case ProposalAction.Edit:
                var value = await ReasonAsync("Edit the proposed value",
                    "The new value goes back to draft: staging, verification and approval start over.", "New value", "Save");
                return value is null ? null : new ProposalStepInput(Value: value.Trim());
            case ProposalAction.OverrideFailedVerification:
                var why = await ReasonAsync("Override the failed verification", "Why is it safe to go on despite the failed staging check?", "Reason", "Next");
                if (why is null) return null;
                var second = await ReasonAsync("Second person", "Who else agrees? Give the user name of another Engineer, Approver or Admin.", "User name", "Override");
                return second is null ? null : new ProposalStepInput(Reason: why, SecondPerson: second.Trim());
            case ProposalAction.Reject:
                var rejection = await ReasonAsync("Reject", "What must change for this proposal to be approved?", "Reason", "Reject");
                return rejection is null ? null : new ProposalStepInput(Reason: rejection);
            case ProposalAction.Abandon:
                var abandon = await ReasonAsync("Abandon", "Why is this change no longer needed?", "Reason", "Abandon");
                return abandon is null ? null : new ProposalStepInput(Reason: abandon);
            case ProposalAction.RollBack:
                var restores = Model.Proposal?.LastKnownGood is { } good ? ProposalValues.Show(Model.Proposal.Target.Key, good) : "the value production held before";
                var confirmed = await Dialogs.ShowMessageBoxAsync("Roll back",
                    $"This writes the last known good value {restores} back to production, replacing the proposed value.",
                    yesText: "Roll back", cancelText: "Cancel");
                return confirmed == true ? ProposalStepInput.None : null;
            default:
                return ProposalStepInput.None;
        }
    }

    private async Task<string?> ReasonAsync(string title, string prompt, string label, string confirm, bool onePerLine = false) =>
        await ShowAsync<ProposalReasonDialog>(title, new DialogParameters<ProposalReasonDialog>
        {
            { d => d.Prompt, prompt },
            { d => d.Label, label },
            { d => d.ConfirmText, confirm },
            { d => d.OnePerLine, onePerLine },
        }) as string;

    private async Task<object?> ShowAsync<TDialog>(string title, DialogParameters parameters) where TDialog : IComponent
    {
        var dialog = await Dialogs.ShowAsync<TDialog>(title, parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        return result is { Canceled: false } ? result.Data : null;
    }

    private static string ButtonText(ProposalAction action) => ProposalActionTable.For(action).Label;

    private static Color ButtonColor(ProposalAction action) => ProposalActionTable.For(action).Destructive ? Color.Error : Color.Primary;

    private static Color StepColor(ProposalState step, ProposalState current)
    {
        var reached = ProposalDetailViewModel.Path.ToList().IndexOf(current);
        var index = ProposalDetailViewModel.Path.ToList().IndexOf(step);
        return reached >= 0 && index <= reached ? Color.Success : Color.Default;
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
