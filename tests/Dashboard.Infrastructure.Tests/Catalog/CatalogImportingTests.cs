using System.Data.Common;
using Dashboard.Domain.Catalog;
using Dashboard.Application.Catalog;
using Dashboard.Infrastructure.Catalog;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Infrastructure.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dashboard.Infrastructure.Tests.Catalog;

public sealed class CatalogImportingTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.MigratedAsync();
        await using var db = _database.Factory.CreateDbContext();
        CatalogRepository.AddTo(db, DemoCatalog.Build());
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    private CatalogImporter Service(IDbContextFactory<DashboardDbContext>? factory = null) =>
        new(new CatalogImporting(TestWorkflows.Units(factory ?? _database.Factory), new BackstageDescriptorReader(), TimeProvider.System));

    private Task<ServiceCatalog> StoredAsync() => new CatalogRepository(_database.Factory).LoadAsync(CancellationToken.None);

    [Fact]
    public async Task ImportAsync_NewServiceCallingAStoredOne_IsAddedWithItsDependencyAndDeclaredKeys()
    {
        var yaml = CatalogYaml.Component("tax-service", "payments", "component:billing-api",
            "    dashboard/config-keys: Tax:*, tax.rate.default\n    dashboard/source-path: services/tax\n    dashboard/retry.billing-api: attempts=2, backoff=exponential");

        var result = await Service().ImportAsync([("request", yaml)], CancellationToken.None);

        Assert.False(result.IsRejected);
        Assert.Equal(["component:tax-service", "tax-service → component:billing-api"], result.Report!.Added.Select(a => a.Entry));
        var stored = await StoredAsync();
        var tax = stored.FindService("tax-service")!;
        Assert.Equal(["Tax:*", "tax.rate.default"], tax.DeclaredConfigKeys);
        Assert.Equal("services/tax", tax.SourcePath);
        Assert.Equal(BackoffKind.Exponential, stored.DependenciesOf("tax-service").Single().Retry.Backoff);
    }

    [Fact]
    public async Task ImportAsync_ExistingService_UpdatesOwnerAndEndpointAndKeepsItsDependencies()
    {
        var yaml = CatalogYaml.Component("billing-api", "billing-team", "resource:billing-sql, resource:payment-gateway",
            "    dashboard/retry.billing-sql: attempts=2, backoff=exponential, timeout=30s\n    dashboard/retry.payment-gateway: attempts=2, backoff=exponential, timeout=20s, circuitBreaker=true");

        var result = await Service().ImportAsync([("billing.yaml", yaml)], CancellationToken.None);

        var updated = Assert.Single(result.Report!.Updated);
        Assert.Equal("component:billing-api", updated.Entry);
        Assert.Contains("owner team: payments → billing-team", updated.Changes);
        var stored = await StoredAsync();
        var billing = stored.FindService("billing-api")!;
        Assert.Equal("billing-team", billing.OwnerTeam);
        Assert.Equal(new Uri("https://billing-api.contoso.com"), billing.EndpointIn("production")!.BaseUrl);
        Assert.NotNull(billing.EndpointIn("staging"));
        Assert.Equal(2, stored.DependenciesOf("billing-api").Count());
        Assert.Contains("billing-api → resource:billing-sql", result.Report.Unchanged);
    }

    [Fact]
    public async Task ImportAsync_StoredEntriesLeftOut_AreReportedAndStayInTheDatabase()
    {
        var result = await Service().ImportAsync([("request", CatalogYaml.Component("tax-service", "payments"))], CancellationToken.None);

        Assert.Contains("component:frontend", result.Report!.NotInImport);
        Assert.Contains("resource:billing-sql", result.Report.NotInImport);
        var stored = await StoredAsync();
        Assert.Equal(5, stored.Services.Count);
        Assert.Equal(5, stored.Dependencies.Count);
    }

    [Fact]
    public async Task ImportAsync_InvalidEntry_IsSkippedWithFileAndLine_AndTheRestIsImported()
    {
        var yaml = CatalogYaml.Documents(
            CatalogYaml.Component("tax-service", "payments"),
            "kind: Component\nmetadata:\n  name: broken-owner\nspec:\n  type: service\n");

        var result = await Service().ImportAsync([("request", yaml)], CancellationToken.None);

        var skipped = Assert.Single(result.Report!.Skipped);
        Assert.Equal("request", skipped.File);
        Assert.Equal(14, skipped.Line);
        Assert.Contains("spec.owner is required", skipped.Message);
        Assert.NotNull((await StoredAsync()).FindService("tax-service"));
    }

    [Theory]
    [InlineData("kind: Component\nmetadata:\n  name: [unclosed\n", "not valid YAML")]
    [InlineData("just a sentence", "a descriptor must be a mapping")]
    public async Task ImportAsync_MalformedYaml_IsRejectedAndNothingChanges(string yaml, string expected)
    {
        var result = await Service().ImportAsync(
            [("good.yaml", CatalogYaml.Component("tax-service", "payments")), ("request", yaml)], CancellationToken.None);

        Assert.True(result.IsRejected);
        Assert.Contains(result.Rejections, r => r.Message.Contains(expected));
        Assert.Null((await StoredAsync()).FindService("tax-service"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n---\n")]
    public async Task ImportAsync_NoDescriptorAtAll_IsRejectedSayingWhatToSend(string yaml)
    {
        var result = await Service().ImportAsync([("request", yaml)], CancellationToken.None);

        var rejection = Assert.Single(result.Rejections);
        Assert.Equal("request", rejection.File);
        Assert.Contains("No descriptor found", rejection.Message);
    }

    [Fact]
    public async Task ImportAsync_DatabaseFailsWhileSaving_ChangesNothing()
    {
        var yaml = CatalogYaml.Documents(
            CatalogYaml.Component("tax-service", "payments", "component:billing-api"),
            CatalogYaml.Component("billing-api", "billing-team"));
        var failing = new FailingFactory(_database.ConnectionString, failOnCommandContaining: "INSERT INTO \"ServiceEndpoints\"");

        await Assert.ThrowsAsync<DbUpdateException>(() => Service(failing).ImportAsync([("request", yaml)], CancellationToken.None));

        Assert.True(failing.Failed);
        Assert.True(failing.WritesBeforeFailure > 0, "the failure should come after other rows of the same save were written");
        var stored = await StoredAsync();
        Assert.Null(stored.FindService("tax-service"));
        Assert.Equal("payments", stored.FindService("billing-api")!.OwnerTeam);
    }

    [Fact]
    public async Task ImportAsync_SameYamlTwice_SecondTimeEverythingIsUnchanged()
    {
        var yaml = CatalogYaml.Component("tax-service", "payments", "component:billing-api");
        await Service().ImportAsync([("request", yaml)], CancellationToken.None);

        var second = await Service().ImportAsync([("request", yaml)], CancellationToken.None);

        Assert.Empty(second.Report!.Added);
        Assert.Empty(second.Report.Updated);
        Assert.Equal(["component:tax-service", "tax-service → component:billing-api"], second.Report.Unchanged);
    }

    // Fails one SQL command inside SaveChanges and counts the writes of the same save that ran before it.
    private sealed class FailingFactory(string connectionString, string failOnCommandContaining) : IDbContextFactory<DashboardDbContext>
    {
        private readonly FailingInterceptor _interceptor = new(failOnCommandContaining);

        public bool Failed => _interceptor.Failed;
        public int WritesBeforeFailure => _interceptor.WritesBeforeFailure;

        public DashboardDbContext CreateDbContext() => new SqliteDashboardDbContext(
            new DbContextOptionsBuilder<SqliteDashboardDbContext>().UseSqlite(connectionString).AddInterceptors(_interceptor).Options);
    }

    private sealed class FailingInterceptor(string failOnCommandContaining) : DbCommandInterceptor
    {
        public bool Failed { get; private set; }
        public int WritesBeforeFailure { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (!command.CommandText.Contains(failOnCommandContaining, StringComparison.Ordinal))
            {
                if (!command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)) WritesBeforeFailure++;
            }
            else
            {
                Failed = true;
                throw new Microsoft.Data.Sqlite.SqliteException("simulated failure while saving the import", 19);
            }
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    [Fact]
    public async Task ImportAsync_StoreResourceAndAServiceReadingIt_AreStoredAndAReimportUpdatesTheEndpoint()
    {
        const string yaml = """
            kind: Resource
            metadata:
              name: orders-config
              annotations:
                dashboard/appconfig-endpoint: https://orders-config.azconfig.io
                dashboard/appconfig-label.staging: staging
                dashboard/appconfig-label.production: production
            spec:
              type: azure-app-configuration
              owner: group:fulfilment
            ---
            kind: Component
            metadata:
              name: order-processing
              annotations:
                dashboard/config-store: orders-config
            spec:
              type: service
              owner: group:fulfilment
            """;

        var first = await Service().ImportAsync([("request", yaml)], CancellationToken.None);
        var second = await Service().ImportAsync([("request", yaml.Replace("orders-config.azconfig.io", "orders-eu.azconfig.io"))], CancellationToken.None);

        Assert.Contains(first.Report!.Added, a => a.Entry == "resource:orders-config");
        Assert.Contains(first.Report.Updated, u => u.Entry == "component:order-processing" && u.Changes.Contains("config store: (none) → orders-config"));
        Assert.Contains(second.Report!.Updated, u => u.Entry == "resource:orders-config" && u.Changes.Single().StartsWith("endpoint:", StringComparison.Ordinal));
        var catalog = await new CatalogRepository(_database.Factory).LoadAsync(CancellationToken.None);
        Assert.Equal("https://orders-eu.azconfig.io/", catalog.FindStore("orders-config")!.Endpoint!.ToString());
        Assert.Equal("orders-config", catalog.FindService("order-processing")!.ConfigStore);
    }

    /// <summary>The import workflow as the page and the API call it, by an Admin.</summary>
    private sealed class CatalogImporter(CatalogImporting importing)
    {
        public Task<CatalogImportResult> ImportAsync(IReadOnlyList<(string File, string Text)> files, CancellationToken cancellationToken) =>
            importing.ImportAsync(files, "admin", cancellationToken);
    }
}
