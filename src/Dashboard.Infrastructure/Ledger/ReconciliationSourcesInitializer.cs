using System.Diagnostics;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Infrastructure.Payments;
using Dashboard.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Ledger;

/// <summary>
/// On start: migrates the SQLite demo ledger (a SQL Server ledger belongs to the billing service and is never migrated from here),
/// seeds the demo world into an empty one, and seeds the embedded sandbox from the same generator. The world is generated only
/// when one of them is empty, so a restart on seeded sources costs two queries. A failure is logged, not fatal.
/// </summary>
public sealed class ReconciliationSourcesInitializer(
    IDbContextFactory<LedgerDbContext> contexts,
    IOptions<LedgerOptions> options,
    EmbeddedPaymentSandbox sandbox,
    TimeProvider time,
    ILogger<ReconciliationSourcesInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.ParsedProvider != DatabaseProvider.Sqlite) return;
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var folder = Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            await db.Database.MigrateAsync(cancellationToken);
            if (!settings.SeedDemo) return;

            // Generating the world takes seconds and hundreds of megabytes: only when the ledger or the sandbox still needs it.
            var ledgerEmpty = !await db.Orders.AnyAsync(cancellationToken);
            var sandboxEmpty = sandbox.Server is { } running && await running.Store.CountIntentsAsync(cancellationToken) == 0;
            if (!ledgerEmpty && !sandboxEmpty)
            {
                logger.LogInformation("The demo ledger{Sandbox} already seeded; the demo world is not generated again", sandbox.Server is null ? " is" : " and the payment sandbox are");
                return;
            }

            var first = await db.PaymentAttempts.OrderBy(a => a.AttemptedAt).Select(a => (DateTimeOffset?)a.AttemptedAt).FirstOrDefaultAsync(cancellationToken);
            var anchor = first is null ? time.GetUtcNow() : DemoLedgerGenerator.AnchorFromFirstAttempt(first.Value);
            var world = DemoLedgerGenerator.Generate(anchor, settings.DemoTransactions);
            var started = Stopwatch.GetTimestamp();
            if (await DemoLedgerSeeder.SeedLedgerAsync(db, world, cancellationToken))
                logger.LogInformation("Seeded the demo ledger: {Count} transactions, {Stuck} stuck, in {Elapsed} ms",
                    world.Transactions.Count, DemoLedgerGenerator.StuckTotal, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (sandbox.Server is { } server && await DemoLedgerSeeder.SeedSandboxAsync(server.Store, world, cancellationToken))
                logger.LogInformation("Seeded the payment sandbox with the demo's {Count} payment intents", world.Intents.Count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError("The billing ledger could not be prepared: {Reason}. Reconciliation reports the ledger as unavailable until it is.", ex.GetBaseException().Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
