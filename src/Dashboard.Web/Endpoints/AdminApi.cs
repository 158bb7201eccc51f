using Dashboard.Infrastructure.Persistence.Accounts;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Endpoints;

/// <summary>Administration endpoints: Admin role only.</summary>
public static class AdminApi
{
    public static RouteGroupBuilder MapAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/admin").RequireAuthorization(Policies.Admin).WithTags("Admin");
        api.MapGet("/accounts", ListAccounts);
        return api;
    }

    public static async Task<Ok<IReadOnlyList<AccountSummary>>> ListAccounts(LocalAccountStore accounts, CancellationToken cancellationToken)
    {
        var all = await accounts.ListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<AccountSummary>>([.. all.Select(a => new AccountSummary(a.UserName, a.DisplayName, a.Role, a.IsDemo))]);
    }
}
