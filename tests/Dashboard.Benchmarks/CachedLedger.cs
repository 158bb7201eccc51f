using System.Globalization;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Infrastructure.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Benchmarks;

/// <summary>
/// A SQLite demo ledger of a given size (the demo generator at scale, indexes from the ledger's migration), seeded once into a
/// file in the temp folder and reused by later runs and benchmark processes: seeding a million transactions takes minutes.
/// A ledger whose seeding did not finish has no anchor file beside it and is seeded again; a new ledger migration
/// starts a new file.
/// </summary>
public sealed class CachedLedger(string connectionString, DateTimeOffset anchor) : IDbContextFactory<LedgerDbContext>
{
    /// <summary>The time the ledger was generated for: its outage lies 26 hours before, its history 30 days.</summary>
    public DateTimeOffset Anchor { get; } = anchor;

    public DateTimeOffset OutageStart => Anchor.AddHours(-26);

    public DateTimeOffset OutageEnd => OutageStart.AddMinutes(42);

    public static async Task<CachedLedger> OpenAsync(int transactions, TextWriter log)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "dashboard-benchmark-ledgers")).FullName;
        // Keyed by the ledger's latest migration, so a ledger cached before an index was added is seeded again, not measured.
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"ledger-{transactions}-{LatestMigration()}.db"));
        var anchorPath = path + ".anchor";
        var connectionString = $"Data Source={path}";
        if (File.Exists(anchorPath))
        {
            var anchor = DateTimeOffset.Parse(await File.ReadAllTextAsync(anchorPath), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            await log.WriteLineAsync($"// Reusing the seeded ledger {path} ({transactions} transactions, generated for {anchor:O})");
            return new CachedLedger(connectionString, anchor);
        }

        File.Delete(path);
        var world = DemoLedgerGenerator.Generate(DateTimeOffset.UtcNow, transactions);
        var ledger = new CachedLedger(connectionString, world.Anchor);
        await using (var db = ledger.CreateDbContext())
        {
            await db.Database.MigrateAsync();
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await DemoLedgerSeeder.SeedLedgerAsync(db, world, CancellationToken.None);
            await log.WriteLineAsync($"// Seeded {transactions} transactions into {path} in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
        }
        await File.WriteAllTextAsync(anchorPath, world.Anchor.ToString("O", CultureInfo.InvariantCulture));
        return ledger;
    }

    private static string LatestMigration()
    {
        using var db = new SqliteLedgerDbContext(new DbContextOptionsBuilder<SqliteLedgerDbContext>().UseSqlite("Data Source=:memory:").Options);
        return db.Database.GetMigrations().Last();
    }

    public LedgerDbContext CreateDbContext() =>
        new SqliteLedgerDbContext(new DbContextOptionsBuilder<SqliteLedgerDbContext>().UseSqlite(connectionString).Options);
}
