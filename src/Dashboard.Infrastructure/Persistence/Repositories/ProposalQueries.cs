using Dashboard.Application.Errors;
using Dashboard.Application.Proposals;
using Dashboard.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Persistence.Repositories;

internal sealed class ProposalQueries(IDbContextFactory<DashboardDbContext> contexts) : IProposalQueries
{
    public async Task<Proposal?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
    }

    public async Task<ProposalPage> ListAsync(ProposalQuery query, CancellationToken cancellationToken)
    {
        if (query.Page < 1)
            throw new InputException("page", $"Page {query.Page} does not exist: pages count from 1.");
        if (query.PageSize is < 1 or > ProposalQuery.MaxPageSize)
            throw new InputException("pageSize", $"A page holds 1 to {ProposalQuery.MaxPageSize} proposals; {query.PageSize} was asked.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var proposals = db.Proposals.AsNoTracking();
        if (query.State is { } state) proposals = proposals.Where(p => p.State == state);
        if (!string.IsNullOrWhiteSpace(query.Key)) proposals = proposals.Where(p => p.Target.Key == query.Key);
        if (!string.IsNullOrWhiteSpace(query.AuthorId)) proposals = proposals.Where(p => p.AuthorId == query.AuthorId);
        var total = await proposals.CountAsync(cancellationToken);
        var items = await proposals.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new ProposalPage(items, query.Page, query.PageSize, total);
    }
}
