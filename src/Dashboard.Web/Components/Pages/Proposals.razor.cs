using Dashboard.Application.Live;
using Dashboard.Domain.Proposals;
using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public partial class Proposals : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private MudTable<ProposalListRow>? _table;
    private IDisposable? _subscription;

    [Inject] public required ProposalListViewModel Model { get; init; }
    [Inject] public required ILiveFeed Feed { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }

    /// <summary>The view in the URL (<c>?view=approval</c> or <c>?view=mine</c>), so Back, reload and shared links keep it.</summary>
    [SupplyParameterFromQuery(Name = "view")] public string? ViewParameter { get; set; }

    // New proposals and steps taken by others show without a reload (the panel of changes made outside the pipeline follows its own topic).
    protected override void OnInitialized() => _subscription = Feed.Subscribe(new HashSet<FeedTopic> { FeedTopic.Proposals }, OnChangesAsync);

    protected override Task OnParametersSetAsync()
    {
        var view = ProposalListViews.Parse(ViewParameter);
        if (view == Model.View) return Task.CompletedTask;
        Model.View = view;
        return ReloadAsync();
    }

    private string ViewLink(ProposalListView view) => Navigation.GetUriWithQueryParameter("view", view.QueryValue());

    private Task OnChangesAsync(IReadOnlyList<FeedEvent> changes, CancellationToken cancellationToken) =>
        InvokeAsync(async () =>
        {
            await ReloadAsync();
            StateHasChanged();
        });

    private async Task<TableData<ProposalListRow>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        var page = await Model.LoadPageAsync(state.Page, state.PageSize, cancellationToken);
        return new TableData<ProposalListRow> { Items = page.Rows, TotalItems = page.TotalCount };
    }

    private Task FilterByStateAsync(ProposalState? state)
    {
        Model.StateFilter = state;
        return ReloadAsync();
    }

    private Task FilterByKeyAsync(string? key)
    {
        Model.KeyFilter = key;
        return ReloadAsync();
    }

    private Task ReloadAsync() => _table?.ReloadServerData() ?? Task.CompletedTask;

    public void Dispose()
    {
        _subscription?.Dispose();
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
