using Dashboard.Application.Proposals;
using Dashboard.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Persistence.Repositories;

internal sealed class EfGatePolicyRepository(DashboardDbContext db) : IGatePolicyRepository
{
    public Task<GatePolicy?> FindAsync(ProposalEnvironment environment, CancellationToken cancellationToken) =>
        db.GatePolicies.SingleOrDefaultAsync(p => p.Environment == environment, cancellationToken);

    public void Add(GatePolicy policy) => db.GatePolicies.Add(policy);
}
