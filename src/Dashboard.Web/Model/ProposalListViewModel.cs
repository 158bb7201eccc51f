using Dashboard.Domain.Proposals;
using Dashboard.Application.Proposals;

namespace Dashboard.Web.Model;

/// <summary>The proposal list: one page at a time from the service, newest first, filtered by state and key.</summary>
public sealed class ProposalListViewModel(IProposalQueries proposals, ILogger<ProposalListViewModel> logger)
{
    public ProposalState? StateFilter { get; set; }
    public string? KeyFilter { get; set; }
    public string? Error { get; private set; }
    public bool IsFiltered => StateFilter is not null || !string.IsNullOrWhiteSpace(KeyFilter);

    /// <param name="pageIndex">Counts from 0, as the table does.</param>
    public async Task<ProposalListPage> LoadPageAsync(int pageIndex, int pageSize, CancellationToken cancellationToken)
    {
        Error = null;
        try
        {
            var size = Math.Clamp(pageSize, 1, ProposalQuery.MaxPageSize);
            var page = await proposals.ListAsync(
                new ProposalQuery(StateFilter, string.IsNullOrWhiteSpace(KeyFilter) ? null : KeyFilter.Trim(), null, pageIndex + 1, size), cancellationToken);
            return new ProposalListPage([.. page.Items.Select(ToRow)], page.TotalCount);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Loading the proposal list failed");
            Error = $"The proposals could not be loaded: {ex.GetBaseException().Message}";
            return new ProposalListPage([], 0);
        }
    }

    private static ProposalListRow ToRow(Proposal proposal) => new(
        proposal.Id, proposal.Target.Key, ProposalValues.Labels(proposal.Target), ProposalValues.Show(proposal.Target.Key, proposal.ProposedValue),
        proposal.State, proposal.BlastRadius.RiskLevel, proposal.AuthorName, proposal.CreatedAt);
}
