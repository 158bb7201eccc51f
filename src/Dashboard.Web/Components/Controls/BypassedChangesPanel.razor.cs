using Dashboard.Application.Live;
using Dashboard.Web.Model;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Components.Controls;

/// <summary>
/// Changes made outside the pipeline, newest first, each with old → new, who and when, its radius and how it was handled;
/// the ones nobody handled yet are highlighted in their risk's colour. Engineers revert (which opens the draft proposal) or
/// adopt a change in place. New changes and other people's actions show without a reload.
/// </summary>
public partial class BypassedChangesPanel : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private IDisposable? _subscription;
    private string? _loadedKey;
    private bool _loaded;
    private bool _busy;

    [Inject] public required BypassedChangesViewModel Model { get; init; }
    [Inject] public required ILiveFeed Feed { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [CascadingParameter] public required Task<AuthenticationState> AuthenticationState { get; set; }

    [Parameter] public string Title { get; set; } = "Changed outside the pipeline";
    /// <summary>Only this key's changes (every label); null: every change.</summary>
    [Parameter] public string? Key { get; set; }
    [Parameter] public int Shown { get; set; } = BypassedChangesViewModel.Shown;
    /// <summary>Render nothing while there is nothing to show (the proposal list keeps its space for the proposals).</summary>
    [Parameter] public bool HideWhenEmpty { get; set; }

    protected override void OnInitialized() =>
        _subscription = Feed.Subscribe(new HashSet<FeedTopic> { FeedTopic.BypassedChanges }, (_, _) => InvokeAsync(async () =>
        {
            await Model.LoadAsync(_disposed.Token, Key, Shown);
            StateHasChanged();
        }));

    protected override async Task OnParametersSetAsync()
    {
        if (_loaded && _loadedKey == Key) return;
        (_loaded, _loadedKey) = (true, Key);
        await Model.LoadAsync(_disposed.Token, Key, Shown);
    }

    private static string RowClass(BypassedChangeRow change) => change.IsHandled ? "bypass-handled" : $"bypass-unhandled bypass-risk-{change.RiskText}";

    private static string KeyLink(BypassedChangeRow change) =>
        $"{PageRoutes.Link(PageRoutes.ConfigMap)}?store={Uri.EscapeDataString(change.Store)}&q={Uri.EscapeDataString(change.Key)}";

    private async Task RevertAsync(BypassedChangeRow change)
    {
        _busy = true;
        try
        {
            var actor = CurrentActor.Of((await AuthenticationState).User);
            if (await Model.RevertAsync(change.Id, actor, _disposed.Token) is { } proposal)
            {
                Navigation.NavigateTo(PageRoutes.Proposal(proposal));
                return;
            }
            await Model.LoadAsync(_disposed.Token, Key, Shown);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task AdoptAsync(BypassedChangeRow change)
    {
        _busy = true;
        try
        {
            await Model.AdoptAsync(change.Id, CurrentActor.Of((await AuthenticationState).User), _disposed.Token);
            await Model.LoadAsync(_disposed.Token, Key, Shown);
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
