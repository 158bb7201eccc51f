using Dashboard.Domain.Proposals;

namespace Dashboard.Application.Proposals;

public interface IGatePolicyRepository
{
    /// <summary>The stored policy for the environment, tracked for a change; null while no Admin has changed the defaults.</summary>
    Task<GatePolicy?> FindAsync(ProposalEnvironment environment, CancellationToken cancellationToken);

    void Add(GatePolicy policy);
}
