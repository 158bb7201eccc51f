using Dashboard.Application.Health;
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
    private ITimer? _countdown;
    private bool _busy;

    [Parameter] public Guid Id { get; set; }
    [Inject] public required ProposalDetailViewModel Model { get; init; }
    [Inject] public required IDialogService Dialogs { get; init; }
    [Inject] public required ISnackbar Snackbar { get; init; }
    [Inject] public required ILiveFeed Feed { get; init; }
    [Inject] public required TimeProvider Time { get; init; }

    /// <summary>How long until staging evidence is in for a gated proposal applied to staging; null when nothing is left to wait for.</summary>
    /// <summary>Every approval with a written mitigation; a proposal from before several approvals has only its final approval.</summary>
    private IEnumerable<ProposalApproval> MitigatedApprovals =>
        (Model.Proposal!.Approvals.Count > 0 ? Model.Proposal.Approvals : Model.Proposal.Approval is { } only ? [only] : []).Where(a => a.Mitigation is not null);

    private TimeSpan? StagingWaitLeft =>
        Model.Proposal is { State: ProposalState.AppliedToStaging, StagingEvidenceAt: { } ready } && ready - Time.GetUtcNow() is { } left && left > TimeSpan.Zero
            ? left : null;

    /// <summary>How long the staging soak still runs before its health evidence decides; null when not soaking.</summary>
    private TimeSpan? SoakLeft =>
        Model.StagingEvidence is { Kind: StagingEvidenceKind.Soaking } evidence && evidence.SoakLeft(Time.GetUtcNow()) is { } left && left > TimeSpan.Zero
            ? left : null;

    /// <summary>Verify staging waits for the refresh interval, and for the soak when health evidence decides.</summary>
    private bool VerifyWaiting => StagingWaitLeft is not null || SoakLeft is not null;

    // Another person's step on this proposal shows here without a reload.
    protected override void OnInitialized() => _subscription = Feed.Subscribe(new HashSet<FeedTopic> { FeedTopic.Proposals }, OnChangesAsync);

    protected override async Task OnParametersSetAsync()
    {
        await Model.LoadAsync(Id, _disposed.Token);
        StartCountdown();
    }

    // Ticks once a second while staging evidence is pending, then stops; when a soak ends, its verdict is loaded.
    private void StartCountdown()
    {
        if (_countdown is not null || !VerifyWaiting) return;
        _countdown = Time.CreateTimer(_ => _ = InvokeAsync(async () =>
        {
            if (!VerifyWaiting)
            {
                _countdown?.Dispose();
                _countdown = null;
                if (Model.StagingEvidence is { Kind: StagingEvidenceKind.Soaking } && !_busy) await Model.LoadAsync(Id, _disposed.Token);
            }
            StateHasChanged();
        }), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    private Task OnChangesAsync(IReadOnlyList<FeedEvent> changes, CancellationToken cancellationToken)
    {
        var id = Id.ToString();
        if (!changes.Any(c => c.Subject == id)) return Task.CompletedTask;
        return InvokeAsync(async () =>
        {
            if (_busy) return;
            await Model.LoadAsync(Id, _disposed.Token);
            StartCountdown();
            StateHasChanged();
        });
    }

    private async Task ActAsync(ProposalAction action)
    {
        if (await AskAsync(action) is not { } input) return;
        _busy = true;
        try
        {
            var done = await Model.RunAsync(action, input, _disposed.Token);
            StartCountdown();
            if (done)
                Snackbar.Add($"{ButtonText(action)}: done. The proposal is now {Model.Proposal?.State.HumanName().ToLowerInvariant()}.", Severity.Success);
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
            case ProposalAction.VerifyStaging when Model.StagingEvidence is { Kind: StagingEvidenceKind.Judged }:
                return ProposalStepInput.None;
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
                var second = await ReasonAsync("Second person",
                    "Who must confirm it? Give the user name of another Engineer, Approver or Admin: the override counts once they confirm it, signed in.",
                    "User name", "Ask for override");
                return second is null ? null : new ProposalStepInput(Reason: why, SecondPerson: second.Trim());
            case ProposalAction.Reject:
                var rejection = await ReasonAsync("Reject", "What must change for this proposal to be approved?", "Reason", "Reject");
                return rejection is null ? null : new ProposalStepInput(Reason: rejection);
            case ProposalAction.Abandon:
                var abandon = await ReasonAsync("Abandon", "Why is this change no longer needed?", "Reason", "Abandon");
                return abandon is null ? null : new ProposalStepInput(Reason: abandon);
            case ProposalAction.Approve or ProposalAction.ApplyToProduction:
                return await ConfirmProductionStepAsync(action);
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

    /// <summary>Approve and Apply to production show the diff and the risk as it stands now; approving asks for the mitigation.</summary>
    private async Task<ProposalStepInput?> ConfirmProductionStepAsync(ProposalAction action)
    {
        var proposal = Model.Proposal!;
        var riskNow = Model.RadiusChange?.Now.ToString().ToLowerInvariant() ?? proposal.BlastRadius.RiskLevel;
        var approving = action == ProposalAction.Approve;
        var mitigation = await ShowAsync<ProductionStepDialog>(approving ? "Approve for production" : "Apply to production", new DialogParameters<ProductionStepDialog>
        {
            { d => d.Key, proposal.Target.Key },
            { d => d.Before, ProposalValues.Show(proposal.Target.Key, proposal.ProductionBase) },
            { d => d.After, ProposalValues.Show(proposal.Target.Key, proposal.ProposedValue) },
            { d => d.RiskLevel, riskNow },
            { d => d.RiskExplanation, Model.RadiusChange?.Describe() ?? Model.Radius?.RiskExplanation ?? "" },
            { d => d.ConfirmText, ButtonText(action) },
            { d => d.AsksForMitigation, approving },
            { d => d.MitigationRequired, approving && (proposal.Gate.RequiresMitigation || proposal.Rules.For(riskNow).Mitigation) },
        }) as string;
        return mitigation is null ? null : new ProposalStepInput(Mitigation: mitigation.Length == 0 ? null : mitigation);
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

    // The requester takes back their own request; the table's label is the second person's word for it.
    private string LabelFor(ProposalAction action) =>
        action == ProposalAction.DeclineVerificationOverride && Model.OverrideRole == OverrideRole.Requester ? "Withdraw override request" : ButtonText(action);

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
        _countdown?.Dispose();
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
