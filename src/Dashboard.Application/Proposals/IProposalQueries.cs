using Dashboard.Domain.Proposals;

namespace Dashboard.Application.Proposals;

/// <summary>Reads of proposals for pages and the API, never tracked.</summary>
public interface IProposalQueries
{
    Task<Proposal?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <exception cref="Errors.InputException">The page or page size is out of range.</exception>
    Task<ProposalPage> ListAsync(ProposalQuery query, CancellationToken cancellationToken);
}
