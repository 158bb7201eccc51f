using Dashboard.Domain.Audit;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Infrastructure.Persistence.Audit;
using Dashboard.Infrastructure.Persistence.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Tests.Persistence;

/// <summary>
/// The audit log on SQLite with its anchor file: every save writes the chain's head outside the database, and verification names
/// what a writer of the database alone can do: truncate, wipe, or recompute the chain.
/// </summary>
public sealed class AuditAnchorTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private SqliteTestDatabase _database = null!;
    private AuditAnchorFile _anchor = null!;
    private AuditLog _log = null!;

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.MigratedAsync();
        _anchor = new AuditAnchorFile(Path.Combine(Path.GetDirectoryName(_database.FilePath)!, "anchor", "audit-anchor.log"), TestWorkflows.Key);
        _log = new AuditLog(_database.Factory, TestWorkflows.Key, _anchor);
        var units = new EfUnitOfWorkFactory(_database.Factory, new AuditWriter(TestWorkflows.Key, _anchor));
        for (var step = 1; step <= 5; step++)
        {
            await using var unit = await units.BeginAsync(None);
            unit.Audit.Record(new AuditRecord(DateTimeOffset.UnixEpoch.AddDays(step), "alice", "proposal.edit", $"proposal/{step}", null, new AuditSide("Draft", $"0.0{step}")));
            await unit.SaveAsync(None);
        }
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SaveAsync_EverySave_AppendsTheSignedHeadToTheAnchorFile()
    {
        var lines = await File.ReadAllLinesAsync(_anchor.Path);
        var head = await _anchor.LatestAsync(None);

        Assert.Equal(5, lines.Length);
        Assert.Equal(5, head!.Sequence);
        Assert.True((await _log.VerifyAsync(None)).IsIntact);
    }

    [Fact]
    public async Task VerifyAsync_LastEntriesDeleted_NamesTheTruncation()
    {
        await SqlAsync("DELETE FROM AuditEntries WHERE Sequence > 3");

        var result = await _log.VerifyAsync(None);

        Assert.Equal((AuditBreak.Truncated, 4L), (result.Break!.Value, result.BrokenSequence!.Value));
        Assert.Contains("entries 4 to 5 were deleted", result.Message);
    }

    [Fact]
    public async Task VerifyAsync_TableWiped_NamesTheWipe()
    {
        await SqlAsync("DELETE FROM AuditEntries");

        var result = await _log.VerifyAsync(None);

        Assert.Equal(AuditBreak.Wiped, result.Break);
        Assert.Contains("the log was wiped", result.Message);
    }

    [Fact]
    public async Task VerifyAsync_ChainRecomputedWithoutTheKey_NamesTheRecomputation()
    {
        await using (var db = _database.Factory.CreateDbContext())
        {
            var stored = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
            var forger = new AuditChain(System.Security.Cryptography.RandomNumberGenerator.GetBytes(AuditChain.MinimumKeyBytes));
            var forged = stored.Select(e => forger.Append(e.At, e.Sequence == 2 ? "mallory" : e.Actor, e.Action, e.Subject, e.BeforeJson, e.AfterJson)).ToList();
            db.AuditEntries.RemoveRange(await db.AuditEntries.ToListAsync());
            await db.SaveChangesAsync();
            db.AuditEntries.AddRange(forged);
            await db.SaveChangesAsync();
        }

        var result = await _log.VerifyAsync(None);

        Assert.Equal(AuditBreak.HashMismatch, result.Break);
        Assert.Contains("recomputed without the audit key", result.Message);
    }

    [Fact]
    public async Task LatestAsync_ALineNotSignedWithTheKey_IsIgnored()
    {
        await File.AppendAllTextAsync(_anchor.Path, "99\tdeadbeef\tnot-a-signature\n");

        var head = await _anchor.LatestAsync(None);

        Assert.Equal(5, head!.Sequence);
        Assert.True((await _log.VerifyAsync(None)).IsIntact);
    }

    private async Task SqlAsync(string sql)
    {
        await using var db = _database.Factory.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync(sql);
    }
}
