using System.Security.Claims;
using Dashboard.Domain;
using Dashboard.Domain.Access;
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
        api.MapPut("/accounts/{userName}/role", ChangeRole);
        api.MapPut("/accounts/{userName}/teams", ChangeTeams);
        return api;
    }

    public static async Task<Ok<IReadOnlyList<AccountSummary>>> ListAccounts(LocalAccountStore accounts, CancellationToken cancellationToken)
    {
        var all = await accounts.ListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<AccountSummary>>([.. all.Select(Summary)]);
    }

    /// <summary>Gives a local account another role; its open sessions end, so the new role applies from its next sign-in.</summary>
    public static async Task<Results<Ok<AccountSummary>, ProblemHttpResult>> ChangeRole(
        string userName, ChangeRoleRequest? request, LocalAccountStore accounts, ClaimsPrincipal user, ILogger<LocalAccountStore> logger, CancellationToken cancellationToken)
    {
        if (request?.Role is not { } role || !Roles.IsKnown(role))
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid 'role'",
                detail: $"Send {{\"role\": \"…\"}} with one of {string.Join(", ", Roles.All)}.", extensions: new Dictionary<string, object?> { ["field"] = "role" });
        if (string.Equals(userName.Trim(), user.Identity?.Name, StringComparison.OrdinalIgnoreCase))
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not your own role",
                detail: "An Admin cannot change their own role (it could leave no Admin): ask another Admin.");
        var changed = await accounts.ChangeRoleAsync(userName, role, cancellationToken);
        if (changed is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such account",
                detail: "There is no local account with that user name; GET /api/admin/accounts lists them.");
        logger.LogInformation("{Admin} gave {UserName} the role {Role}; the account's sessions have ended",
            LogText.Sanitize(user.Identity?.Name), changed.UserName, role);
        return TypedResults.Ok(Summary(changed));
    }

    /// <summary>
    /// Replaces a local account's teams (the catalog's owner team names an approval covers); its open sessions end, so the new
    /// teams apply from its next sign-in. Accounts signing in through OIDC take their teams from the token instead.
    /// </summary>
    public static async Task<Results<Ok<AccountSummary>, ProblemHttpResult>> ChangeTeams(
        string userName, ChangeTeamsRequest? request, LocalAccountStore accounts, ClaimsPrincipal user, ILogger<LocalAccountStore> logger, CancellationToken cancellationToken)
    {
        if (request?.Teams is not { } teams)
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid 'teams'",
                detail: "Send {\"teams\": [\"payments\", …]} with the catalog's owner team names; an empty list removes every team.",
                extensions: new Dictionary<string, object?> { ["field"] = "teams" });
        LocalAccount? changed;
        try
        {
            changed = await accounts.ChangeTeamsAsync(userName, teams, cancellationToken);
        }
        catch (DomainException error)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid 'teams'", detail: error.Message,
                extensions: new Dictionary<string, object?> { ["field"] = "teams" });
        }
        if (changed is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such account",
                detail: "There is no local account with that user name; GET /api/admin/accounts lists them.");
        logger.LogInformation("{Admin} put {UserName} in the teams {Teams}; the account's sessions have ended",
            LogText.Sanitize(user.Identity?.Name), changed.UserName, string.Join(", ", changed.Teams.Select(team => LogText.Sanitize(team))));
        return TypedResults.Ok(Summary(changed));
    }

    private static AccountSummary Summary(LocalAccount account) => new(account.UserName, account.DisplayName, account.Role, account.Teams, account.IsDemo);
}
