using Dashboard.Application.Proposals;
using Dashboard.Domain.Access;
using Dashboard.Domain.Proposals;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Model;

/// <summary>
/// The proposal list: one page at a time from the service, newest first, filtered by view (everything, waiting for my approval,
/// mine), state and key.
/// </summary>
public sealed class ProposalListViewModel(IProposalQueries proposals, AuthenticationStateProvider authenticationState, ILogger<ProposalListViewModel> logger)
{
    public ProposalListView View { get; set; }
    public ProposalState? StateFilter { get; set; }
    public string? KeyFilter { get; set; }
    public string? Error { get; private set; }
    /// <summary>Why the view is empty for this person whatever the data (e.g. not an Approver); null when it can hold proposals.</summary>
    public string? ViewNote { get; private set; }
    public bool IsFiltered => View != ProposalListView.All || IsFilteredBeyondView;
    public bool IsFilteredBeyondView => (CanFilterByState && StateFilter is not null) || !string.IsNullOrWhiteSpace(KeyFilter);
    /// <summary>The state filter does not apply to the approval inbox: it holds one state only.</summary>
    public bool CanFilterByState => View != ProposalListView.WaitingForMyApproval;

    /// <param name="pageIndex">Counts from 0, as the table does.</param>
    public async Task<ProposalListPage> LoadPageAsync(int pageIndex, int pageSize, CancellationToken cancellationToken)
    {
        Error = null;
        ViewNote = null;
        try
        {
            var size = Math.Clamp(pageSize, 1, ProposalQuery.MaxPageSize);
            var key = string.IsNullOrWhiteSpace(KeyFilter) ? null : KeyFilter.Trim();
            if (View == ProposalListView.All)
                return await PageAsync(new ProposalQuery(StateFilter, key, null, pageIndex + 1, size), cancellationToken);
            var me = CurrentActor.Of((await authenticationState.GetAuthenticationStateAsync()).User);
            if (View == ProposalListView.WaitingForMyApproval && !me.HasRole(Roles.Approver))
            {
                ViewNote = "Only people with the Approver role approve proposals, and you do not have it, so nothing waits for your approval.";
                return new ProposalListPage([], 0);
            }
            return await PageAsync(View == ProposalListView.Mine
                ? ProposalQuery.WrittenBy(me.UserId, StateFilter, key, pageIndex + 1, size)
                : ProposalQuery.WaitingForApprovalBy(me, key, pageIndex + 1, size), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Loading the proposal list failed");
            Error = $"The proposals could not be loaded: {ex.GetBaseException().Message}";
            return new ProposalListPage([], 0);
        }
    }

    private async Task<ProposalListPage> PageAsync(ProposalQuery query, CancellationToken cancellationToken)
    {
        var page = await proposals.ListAsync(query, cancellationToken);
        return new ProposalListPage([.. page.Items.Select(ToRow)], page.TotalCount);
    }

    private static ProposalListRow ToRow(Proposal proposal) => new(
        proposal.Id, proposal.Target.Key, ProposalValues.Labels(proposal.Target), ProposalValues.Show(proposal.Target.Key, proposal.ProposedValue),
        proposal.State, proposal.BlastRadius.RiskLevel, proposal.AuthorName, proposal.CreatedAt);
}
