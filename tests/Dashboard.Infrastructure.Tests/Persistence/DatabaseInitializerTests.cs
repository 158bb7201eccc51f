using Dashboard.Domain.Access;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Infrastructure.Persistence.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Tests.Persistence;

public class DatabaseInitializerTests
{
    [Fact]
    public async Task InitializeAsync_FreshFile_CreatesFolderMigratesAndSeedsTheDemoWorld()
    {
        using var database = new SqliteTestDatabase();
        Assert.False(File.Exists(database.FilePath));

        await database.Initializer.InitializeAsync(seedDemoWorld: true, CancellationToken.None);

        Assert.True(File.Exists(database.FilePath));
        var catalog = await new CatalogRepository(database.Factory).LoadAsync(CancellationToken.None);
        Assert.Equal(["billing-api", "frontend", "invoice-renderer", "order-processing"], catalog.Services.Select(s => s.Name));
        Assert.Equal(["billing-sql", "payment-gateway"], catalog.Resources.Select(r => r.Name));
        var frontendToBilling = catalog.DependenciesOf("frontend").Single();
        Assert.Equal("billing-api", frontendToBilling.Target);
        Assert.True(frontendToBilling.Retry.RetriesWithoutBackoff);
        Assert.Equal(3, frontendToBilling.Retry.Attempts);
        Assert.False(catalog.DependenciesOf("order-processing").Single().Retry.RetriesWithoutBackoff);
        var billing = catalog.FindService("billing-api")!;
        Assert.All(billing.Endpoints, e => Assert.Equal(e.LivenessPath, e.ReadinessPath));
        var store = Assert.Single(catalog.Stores);
        Assert.Equal("staging", store.BindingFor("staging")?.Label);
        Assert.Equal("production", store.BindingFor("production")?.Label);
    }

    [Fact]
    public async Task InitializeAsync_RunTwice_SeedsOnlyOnce()
    {
        using var database = new SqliteTestDatabase();

        await database.Initializer.InitializeAsync(seedDemoWorld: true, CancellationToken.None);
        await database.Initializer.InitializeAsync(seedDemoWorld: true, CancellationToken.None);

        await using var db = database.Factory.CreateDbContext();
        Assert.Equal(4, await db.Services.CountAsync());
        Assert.Equal(DemoAccounts.All.Count, await db.LocalAccounts.CountAsync());
    }

    [Fact]
    public async Task InitializeAsync_DemoDatabaseFromBeforeTeams_GivesDemoAccountsTheirTeamsAndAddsTheMissingOnes()
    {
        using var database = new SqliteTestDatabase();
        await database.Initializer.InitializeAsync(seedDemoWorld: true, CancellationToken.None);
        await using (var db = database.Factory.CreateDbContext())
        {
            // As an earlier version left it: Ada without teams, no team approvers, and an account an Admin made, without teams.
            db.LocalAccounts.RemoveRange(db.LocalAccounts.Where(a => a.UserName.StartsWith("approver-")));
            (await db.LocalAccounts.SingleAsync(a => a.UserName == "approver")).ChangeTeams([]);
            db.LocalAccounts.Add(new LocalAccount("grace", "Grace Hopper", Roles.Approver, isDemo: false));
            await db.SaveChangesAsync();
        }

        await database.Initializer.InitializeAsync(seedDemoWorld: true, CancellationToken.None);

        await using var after = database.Factory.CreateDbContext();
        var accounts = await after.LocalAccounts.ToDictionaryAsync(a => a.UserName);
        Assert.Equal(["payments", "documents"], accounts["approver"].Teams);
        Assert.Equal(["fulfilment"], accounts["approver-fulfilment"].Teams);
        Assert.Equal(DemoAccounts.All.Count + 1, accounts.Count);
        Assert.Empty(accounts["grace"].Teams);
    }

    [Fact]
    public async Task InitializeAsync_SeedingOff_LeavesAnEmptyMigratedDatabase()
    {
        using var database = new SqliteTestDatabase();

        await database.Initializer.InitializeAsync(seedDemoWorld: false, CancellationToken.None);

        await using var db = database.Factory.CreateDbContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Services.CountAsync());
    }
}
