using Dashboard.Application.Audit;
using Dashboard.Domain.Audit;
using Dashboard.Infrastructure.Persistence.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Persistence.Repositories;

internal sealed class AuditLog(IDbContextFactory<DashboardDbContext> contexts, AuditKey key, AuditAnchorFile? anchor = null) : IAuditLog
{
    public async Task<IReadOnlyList<AuditEntry>> PageAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
    }

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        var chain = AuditChain.Verify(entries, key.Bytes);
        if (!chain.IsIntact || anchor is null) return chain;
        // The chain can be intact and still shorter, or recomputed whole: the anchor outside the database tells.
        return await anchor.LatestAsync(cancellationToken) is { } head && head.Check(entries) is { } broken ? broken : chain;
    }

    public async Task<long> LastSequenceAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuditEntries.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
    }

    public async Task<IReadOnlyList<AuditEntry>> AfterAsync(long sequence, int max, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuditEntries.AsNoTracking().Where(e => e.Sequence > sequence).OrderBy(e => e.Sequence).Take(max).ToListAsync(cancellationToken);
    }
}
