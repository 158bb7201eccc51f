using System.Security.Claims;
using Dashboard.Application.Catalog;
using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Web.Endpoints;
using Dashboard.Web.Tests.Catalog;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Stores;

/// <summary>The /api/stores handlers against a real SQLite catalog: bodies, statuses and the field of each refusal.</summary>
public sealed class StoresApiTests : IDisposable
{
    private readonly CatalogTestDatabase _database = new();
    private readonly CatalogEditing _editor;
    private static readonly ClaimsPrincipal Admin = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin")], "test"));
    private readonly CatalogRepository _catalog;

    public StoresApiTests()
    {
        _editor = new ServiceCollection().AddSingleton<IDbContextFactory<DashboardDbContext>>(_database).AddSingleton(TimeProvider.System)
            .AddTestWorkflows().BuildServiceProvider().GetRequiredService<CatalogEditing>();
        _catalog = new CatalogRepository(_database);
    }

    public void Dispose() => _database.Dispose();

    private static StoreRequest Orders(string endpoint = "https://orders-config.azconfig.io", string? authentication = null) =>
        new("orders-config", endpoint, new Dictionary<string, string?> { ["staging"] = "staging", ["production"] = "production" }, authentication);

    private static ProblemDetailsView Problem(IResult result) => new((ProblemHttpResult)result);

    [Fact]
    public async Task Create_ValidStore_Is201WithTheStoreAndNoSecret()
    {
        var result = await StoresApi.Create(Orders(authentication: "connection-string"), _editor, _catalog, Admin, CancellationToken.None);

        var created = Assert.IsType<Created<StoreResponse>>(result.Result);
        Assert.Equal("/api/stores/orders-config", created.Location);
        var store = created.Value!;
        Assert.Equal(("orders-config", StoresApi.AzureKind, "https://orders-config.azconfig.io", "connection-string"),
            (store.Name, store.Kind, store.Endpoint, store.Authentication));
        Assert.Equal("ConfigStores:Connections:orders-config:ConnectionString", store.ConnectionStringSetting);
        Assert.Equal("production", store.Environments["production"]);
    }

    [Theory]
    [InlineData("http://orders-config.azconfig.io", null, "endpoint")]
    [InlineData("https://orders-config.azconfig.io", "password", "authentication")]
    public async Task Create_BadInput_Is400NamingTheField(string endpoint, string? authentication, string field)
    {
        var result = await StoresApi.Create(Orders(endpoint, authentication), _editor, _catalog, Admin, CancellationToken.None);

        var problem = Problem(result.Result);
        Assert.Equal((400, field), (problem.Status, problem.Field));
        Assert.Null((await _catalog.LoadAsync(CancellationToken.None)).FindStore("orders-config"));
    }

    [Fact]
    public async Task Create_NoBody_Is400ThatShowsTheExpectedBody()
    {
        var problem = Problem((await StoresApi.Create(null, _editor, _catalog, Admin, CancellationToken.None)).Result);

        Assert.Equal("body", problem.Field);
        Assert.Contains("\"environments\"", problem.Detail);
    }

    [Fact]
    public async Task Create_UnknownEnvironment_Is400InEnvironments()
    {
        var request = Orders() with { Environments = new Dictionary<string, string?> { ["qa"] = "qa" } };

        var problem = Problem((await StoresApi.Create(request, _editor, _catalog, Admin, CancellationToken.None)).Result);

        Assert.Equal("environments", problem.Field);
    }

    [Fact]
    public async Task Update_NewEndpoint_IsSavedAndReturned()
    {
        await StoresApi.Create(Orders(), _editor, _catalog, Admin, CancellationToken.None);

        var result = await StoresApi.Update("orders-config", Orders("https://orders-eu.azconfig.io") with { Name = null }, _editor, _catalog, Admin, CancellationToken.None);

        Assert.Equal("https://orders-eu.azconfig.io", Assert.IsType<Ok<StoreResponse>>(result.Result).Value!.Endpoint);
    }

    [Fact]
    public async Task Update_Rename_Is400InName()
    {
        await StoresApi.Create(Orders(), _editor, _catalog, Admin, CancellationToken.None);

        var problem = Problem((await StoresApi.Update("orders-config", Orders() with { Name = "orders-2" }, _editor, _catalog, Admin, CancellationToken.None)).Result);

        Assert.Equal((400, "name"), (problem.Status, problem.Field));
    }

    [Fact]
    public async Task Update_UnknownStore_Is404()
    {
        var problem = Problem((await StoresApi.Update("nope", Orders(), _editor, _catalog, Admin, CancellationToken.None)).Result);

        Assert.Equal(404, problem.Status);
    }

    [Fact]
    public async Task Remove_StoreThatServicesRead_Is409AndTheStoreStays()
    {
        await _editor.UpdateServiceAsync(new ServiceChanges("billing-api", "payments", ServiceKind.Api, Lifecycle.Production, "", "billing-api", [])
        {
            ConfigStore = DemoCatalog.SharedStore,
        }, "admin", CancellationToken.None);

        var problem = Problem((await StoresApi.Remove(DemoCatalog.SharedStore, _editor, _catalog, Admin, CancellationToken.None)).Result);

        Assert.Equal(409, problem.Status);
        Assert.Contains("billing-api reads it", problem.Detail);
    }

    [Fact]
    public async Task Remove_UnreadStore_Is204AndItIsGone()
    {
        await StoresApi.Create(Orders(), _editor, _catalog, Admin, CancellationToken.None);

        var result = await StoresApi.Remove("orders-config", _editor, _catalog, Admin, CancellationToken.None);

        Assert.IsType<NoContent>(result.Result);
        Assert.Null((await _catalog.LoadAsync(CancellationToken.None)).FindStore("orders-config"));
    }

    [Fact]
    public async Task List_ShowsEveryStoreWithWhoReadsIt()
    {
        await _editor.UpdateServiceAsync(new ServiceChanges("billing-api", "payments", ServiceKind.Api, Lifecycle.Production, "", "billing-api", [])
        {
            ConfigStore = DemoCatalog.SharedStore,
        }, "admin", CancellationToken.None);

        var stores = (await StoresApi.List(_catalog, CancellationToken.None)).Value!;

        var shared = Assert.Single(stores);
        Assert.Equal((StoresApi.LocalKind, "none"), (shared.Kind, shared.Authentication));
        Assert.Equal(["billing-api"], shared.ReadBy);
    }

    [Theory]
    [InlineData(ConfigStoreErrorKind.Unreachable, 503)]
    [InlineData(ConfigStoreErrorKind.Throttled, 503)]
    [InlineData(ConfigStoreErrorKind.NotConfigured, 503)]
    [InlineData(ConfigStoreErrorKind.Unauthorized, 502)]
    [InlineData(ConfigStoreErrorKind.StoreNotFound, 502)]
    [InlineData(ConfigStoreErrorKind.ETagMismatch, 409)]
    public void ConfigStoreProblems_ByKind_AnswersWithTheStoreNeverA500(ConfigStoreErrorKind kind, int status)
    {
        var error = new ConfigStoreException(kind, "Store 'orders-config' could not be read.") { Store = "orders-config" };

        var problem = ConfigStoreProblems.For(error);

        Assert.Equal(status, problem.StatusCode);
        Assert.Equal("orders-config", problem.ProblemDetails.Extensions["store"]);
        Assert.Equal("Store 'orders-config' could not be read.", problem.ProblemDetails.Detail);
    }

    private sealed record ProblemDetailsView(int? Status, string? Field, string? Detail)
    {
        public ProblemDetailsView(ProblemHttpResult result)
            : this(result.StatusCode, result.ProblemDetails.Extensions.TryGetValue("field", out var field) ? field as string : null, result.ProblemDetails.Detail)
        {
        }
    }
}
