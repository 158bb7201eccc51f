using Dashboard.Domain;
using Dashboard.Domain.Catalog;
using System.Security.Claims;
using Dashboard.Application.Catalog;
using Dashboard.Application.Errors;
using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// The catalog's config stores for pipelines: list, add, edit, remove and test them. Admin only. Bad input is a 400
/// problem whose <c>field</c> names what to fix; nothing is saved half.
/// </summary>
public static class StoresApi
{
    public const string AzureKind = "azure-app-configuration";
    public const string LocalKind = "local";

    public static RouteGroupBuilder MapStoresApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/stores").RequireAuthorization(Policies.Admin).WithTags("Stores");
        api.MapGet("/", List);
        api.MapGet("/{name}", Get);
        api.MapPost("/", Create);
        api.MapPut("/{name}", Update);
        api.MapDelete("/{name}", Remove);
        api.MapPost("/{name}/test", Test);
        return api;
    }

    public static async Task<Ok<IReadOnlyList<StoreResponse>>> List(ICatalogSource catalogSource, CancellationToken cancellationToken)
    {
        var catalog = await catalogSource.LoadAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<StoreResponse>>([.. catalog.Stores.Select(s => StoreResponse.From(catalog, s))]);
    }

    public static async Task<Results<Ok<StoreResponse>, ProblemHttpResult>> Get(string name, ICatalogSource catalogSource, CancellationToken cancellationToken)
    {
        var catalog = await catalogSource.LoadAsync(cancellationToken);
        return catalog.FindStore(name) is { } store ? TypedResults.Ok(StoreResponse.From(catalog, store)) : NotFound(name);
    }

    public static async Task<Results<Created<StoreResponse>, ProblemHttpResult>> Create(
        StoreRequest? request, CatalogEditing editor, ICatalogSource catalogSource, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (definition, field, problem) = Read(request, name: null);
        if (definition is null)
            return BadRequest(field, problem);
        try
        {
            await editor.AddStoreAsync(definition, CurrentActor.Of(user).UserId, cancellationToken);
        }
        catch (InputException error)
        {
            return BadRequest(error.Field, error.Message);
        }
        var catalog = await catalogSource.LoadAsync(cancellationToken);
        var store = catalog.FindStore(definition.Name!.Trim())!;
        return TypedResults.Created($"/api/stores/{Uri.EscapeDataString(store.Name)}", StoreResponse.From(catalog, store));
    }

    public static async Task<Results<Ok<StoreResponse>, ProblemHttpResult>> Update(
        string name, StoreRequest? request, CatalogEditing editor, ICatalogSource catalogSource, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (definition, field, problem) = Read(request, name);
        if (definition is null)
            return BadRequest(field, problem);
        var existing = (await catalogSource.LoadAsync(cancellationToken)).FindStore(name);
        if (existing is null)
            return NotFound(name);
        if (request!.Name is { } renamed && !string.Equals(renamed.Trim(), existing.Name, StringComparison.OrdinalIgnoreCase))
            return BadRequest("name", $"A store cannot be renamed (from '{existing.Name}' to '{renamed}'): services and proposals refer to it by name. Add a new store and remove this one instead.");
        try
        {
            await editor.UpdateStoreAsync(existing.Name, definition with { Local = existing.Kind == ConfigStoreKind.Local }, CurrentActor.Of(user).UserId, cancellationToken);
        }
        catch (InputException error)
        {
            return BadRequest(error.Field, error.Message);
        }
        var catalog = await catalogSource.LoadAsync(cancellationToken);
        return TypedResults.Ok(StoreResponse.From(catalog, catalog.FindStore(name)!));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Remove(
        string name, CatalogEditing editor, ICatalogSource catalogSource, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if ((await catalogSource.LoadAsync(cancellationToken)).FindStore(name) is null)
            return NotFound(name);
        try
        {
            await editor.RemoveStoreAsync(name, CurrentActor.Of(user).UserId, cancellationToken);
        }
        catch (DomainException refused)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The store is in use", detail: refused.Message);
        }
        return TypedResults.NoContent();
    }

    /// <summary>Lists one page of the saved store's keys; the answer says what worked or exactly what failed.</summary>
    public static async Task<Results<Ok<StoreConnectionReport>, ProblemHttpResult>> Test(
        string name, StoreConnectionTester tester, ICatalogSource catalogSource, CancellationToken cancellationToken)
    {
        var store = (await catalogSource.LoadAsync(cancellationToken)).FindStore(name);
        return store is null ? NotFound(name) : TypedResults.Ok(await tester.TestAsync(store, cancellationToken));
    }

    public static string AuthenticationName(ConfigStoreAuthentication authentication) => authentication switch
    {
        ConfigStoreAuthentication.EntraId => "entra-id",
        ConfigStoreAuthentication.ConnectionString => "connection-string",
        _ => "none",
    };

    /// <summary>The request as a definition, or the field that is wrong and why.</summary>
    private static (StoreDefinition? Definition, string Field, string Problem) Read(StoreRequest? request, string? name)
    {
        if (request is null)
            return (null, "body", "The request has no body: send {\"name\", \"endpoint\", \"environments\": {\"staging\": \"<label>\", \"production\": \"<label>\"}}.");
        bool local;
        switch (request.Kind?.ToLowerInvariant())
        {
            case null or "" or AzureKind or "azure": local = false; break;
            case LocalKind: local = true; break;
            default: return (null, "kind", $"'{request.Kind}' is not a kind of store; use \"{AzureKind}\" or \"{LocalKind}\".");
        }
        ConfigStoreAuthentication? authentication;
        switch (request.Authentication?.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant())
        {
            case null or "": authentication = null; break;
            case "entraid": authentication = ConfigStoreAuthentication.EntraId; break;
            case "connectionstring": authentication = ConfigStoreAuthentication.ConnectionString; break;
            default:
                return (null, "authentication", $"'{request.Authentication}' is not a sign-in; use \"entra-id\" or \"connection-string\" " +
                    "(the secret goes in the setting ConfigStores:Connections:<store>:ConnectionString, never in the request).");
        }
        return (new StoreDefinition(name ?? request.Name, request.Endpoint, authentication, request.Environments ?? [], local), "", "");
    }

    private static ProblemHttpResult BadRequest(string field, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"Invalid '{field}'", detail: detail,
            extensions: new Dictionary<string, object?> { ["field"] = field });

    private static ProblemHttpResult NotFound(string name) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such store",
            detail: $"No store named '{name}' is in the catalog; GET /api/stores lists them.");
}
