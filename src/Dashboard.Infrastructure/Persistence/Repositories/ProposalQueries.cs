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
        // User ids differ in case between identity sources (ProposalActor.IsSamePersonAs), so the person filters ignore case.
        // ToUpper runs in the database as UPPER(); the culture analyzers do not apply there.
#pragma warning disable CA1304, CA1311
        if (!string.IsNullOrWhiteSpace(query.AuthorId))
        {
            var author = query.AuthorId.Trim().ToUpperInvariant();
            proposals = proposals.Where(p => p.AuthorId.ToUpper() == author);
        }
        if (query.Approver is { } approver)
        {
            var notAuthor = approver.UserId.ToUpperInvariant();
            proposals = proposals.Where(p => p.AuthorId.ToUpper() != notAuthor);
        }
#pragma warning restore CA1304, CA1311
        if (query.Approver is not null)
            return await InboxPageAsync(proposals, query, query.Approver, cancellationToken);
        var total = await proposals.CountAsync(cancellationToken);
        var items = await proposals.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new ProposalPage(items, query.Page, query.PageSize, total);
    }

    // Who already approved and which teams are missing live in the approvals column (JSON), so the domain decides in memory over
    // the proposals waiting for approval, which the gate keeps few.
    private static async Task<ProposalPage> InboxPageAsync(IQueryable<Proposal> waiting, ProposalQuery query, ProposalActor approver, CancellationToken cancellationToken)
    {
        var candidates = await waiting.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id)
            .Take(ProposalQuery.MaxInboxCandidates).ToListAsync(cancellationToken);
        var movable = candidates.Where(p => p.CouldBeApprovedBy(approver)).ToList();
        var items = movable.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToList();
        return new ProposalPage(items, query.Page, query.PageSize, movable.Count);
    }
}
