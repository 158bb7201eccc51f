using Dashboard.Infrastructure.Ledger;
using Dashboard.Infrastructure.Payments;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dashboard.Infrastructure.Tests.Ledger;

/// <summary>The start-up seeding of the demo ledger and the embedded sandbox (on 127.0.0.1), started as the host starts them.</summary>
public sealed class ReconciliationSourcesInitializerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("recon-sources-").FullName;

    private async Task<(IReadOnlyList<string> Lines, int Orders, long Intents)> StartOnceAsync(string sandboxFolder)
    {
        using var logs = new CapturingLoggerProvider();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ledger:DataFolder"] = _folder,
            ["Ledger:ConnectionString"] = $"Data Source={Path.Combine(_folder, "ledger.db")};Pooling=false",
            ["Ledger:DemoTransactions"] = "2000",
            ["PaymentGateway:SandboxPort"] = "0",
        }).Build();
        var services = new ServiceCollection().AddLogging(b => b.AddProvider(logs).AddFilter("Microsoft", LogLevel.Warning)).AddReconciliationSources(configuration);
        // The sandbox keeps its own file, so a test can give it a fresh (empty) one while the ledger stays seeded.
        services.AddSingleton(sp => new EmbeddedPaymentSandbox(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<PaymentGatewayOptions>>(), sp.GetRequiredService<PaymentGatewayEndpoint>(),
            sandboxFolder, sp.GetRequiredService<ILogger<EmbeddedPaymentSandbox>>()));
        await using var provider = services.BuildServiceProvider();
        var hosted = provider.GetServices<IHostedService>().ToList();
        foreach (var service in hosted) await service.StartAsync(CancellationToken.None);
        try
        {
            await using var db = await provider.GetRequiredService<IDbContextFactory<LedgerDbContext>>().CreateDbContextAsync();
            var orders = await db.Orders.CountAsync();
            var intents = await provider.GetRequiredService<EmbeddedPaymentSandbox>().Server!.Store.CountIntentsAsync(CancellationToken.None);
            return (logs.Lines, orders, intents);
        }
        finally
        {
            foreach (var service in Enumerable.Reverse(hosted)) await service.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task StartAsync_EmptySources_GeneratesTheWorldAndSeedsBoth()
    {
        var (lines, orders, intents) = await StartOnceAsync(Path.Combine(_folder, "sandbox"));

        Assert.Contains(lines, l => l.StartsWith("Seeded the demo ledger", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Seeded the payment sandbox", StringComparison.Ordinal));
        Assert.True(orders > 0);
        Assert.True(intents > 0);
    }

    [Fact]
    public async Task StartAsync_LedgerAndSandboxAlreadySeeded_DoesNotGenerateTheWorldAgain()
    {
        var sandbox = Path.Combine(_folder, "sandbox");
        var first = await StartOnceAsync(sandbox);

        var second = await StartOnceAsync(sandbox);

        Assert.Contains(second.Lines, l => l.Contains("already seeded; the demo world is not generated again", StringComparison.Ordinal));
        Assert.DoesNotContain(second.Lines, l => l.StartsWith("Seeded", StringComparison.Ordinal));
        Assert.Equal(first.Orders, second.Orders);
        Assert.Equal(first.Intents, second.Intents);
    }

    [Fact]
    public async Task StartAsync_SandboxEmptiedButLedgerSeeded_SeedsOnlyTheSandbox()
    {
        var first = await StartOnceAsync(Path.Combine(_folder, "sandbox"));

        var second = await StartOnceAsync(Path.Combine(_folder, "fresh-sandbox"));

        Assert.DoesNotContain(second.Lines, l => l.StartsWith("Seeded the demo ledger", StringComparison.Ordinal));
        Assert.Contains(second.Lines, l => l.StartsWith("Seeded the payment sandbox", StringComparison.Ordinal));
        Assert.Equal(first.Orders, second.Orders);
        Assert.Equal(first.Intents, second.Intents);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
