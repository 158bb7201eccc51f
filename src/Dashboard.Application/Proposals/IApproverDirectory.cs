using Dashboard.Domain.Proposals;

namespace Dashboard.Application.Proposals;

/// <summary>The people known to the dashboard with their roles and teams: a refusal that waits for an owning team names who could approve.</summary>
public interface IApproverDirectory
{
    Task<IReadOnlyList<ProposalActor>> ListAsync(CancellationToken cancellationToken);
}
