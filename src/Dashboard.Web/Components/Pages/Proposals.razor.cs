using Dashboard.Domain.Proposals;
using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public partial class Proposals
{
    private MudTable<ProposalListRow>? _table;

    [Inject] public required ProposalListViewModel Model { get; init; }
    [Inject] public required BypassedChangesViewModel Bypassed { get; init; }

    protected override Task OnInitializedAsync() => Bypassed.LoadAsync(CancellationToken.None);

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
}
