using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dashboard.Domain.Audit;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Infrastructure.Persistence.Audit;
using Dashboard.Infrastructure.Persistence.Repositories;

namespace Dashboard.Infrastructure.Tests.Persistence;

/// <summary>A database whose audit log was written before the audit key: the dashboard goes on writing to it, and it verifies.</summary>
public sealed class AuditUpgradeTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SaveAsync_AfterEntriesWrittenBeforeTheAuditKey_ChainsOnAndTheLogVerifies()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        await using (var db = database.Factory.CreateDbContext())
        {
            var previous = new string('0', 64);
            for (var sequence = 1; sequence <= 4; sequence++)
            {
                var entry = UnkeyedEntry(sequence, previous);
                db.AuditEntries.Add(entry);
                previous = entry.Hash;
            }
            await db.SaveChangesAsync(None);
        }
        var units = new EfUnitOfWorkFactory(database.Factory, new AuditWriter(TestWorkflows.Key));

        await using (var unit = await units.BeginAsync(None))
        {
            unit.Audit.Record(new AuditRecord(Start.AddDays(1), "alice", "proposal.edit", "proposal/7", null, new AuditSide("Draft", "0.0825")));
            await unit.SaveAsync(None);
        }

        var result = await new AuditLog(database.Factory, TestWorkflows.Key).VerifyAsync(None);
        Assert.True(result.IsIntact, result.Message);
        Assert.Equal((5L, 4L), (result.EntriesChecked, result.UnkeyedEntries));
    }

    /// <summary>An entry as the dashboard wrote it before the audit key: SHA-256 of the "audit-v1" canonical form.</summary>
    private static AuditEntry UnkeyedEntry(long sequence, string previousHash)
    {
        var at = Start.AddMinutes(sequence);
        var canonical = string.Create(CultureInfo.InvariantCulture,
            $"""["audit-v1",{sequence},{at.UtcTicks},"bob","proposal.approve","proposal/{sequence}",null,null,"{previousHash}"]""");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        return new AuditEntry(sequence, at, "bob", "proposal.approve", $"proposal/{sequence}", null, null, previousHash, hash);
    }
}
