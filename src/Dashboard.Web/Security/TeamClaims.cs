using System.Security.Claims;

namespace Dashboard.Web.Security;

/// <summary>
/// The teams of the signed-in person as claims of one type, whichever way they signed in: local accounts write them at sign-in,
/// OIDC copies them from the configured claim (<c>Authentication:Oidc:TeamClaimType</c>, by default <c>groups</c>).
/// </summary>
public static class TeamClaims
{
    public const string Type = "dashboard:team";
    /// <summary>More teams than this in one token is a directory dump, not membership worth checking: the rest are left out.</summary>
    public const int MaxTeams = 200;
    public const int MaxTeamLength = 128;

    public static IEnumerable<Claim> For(IEnumerable<string> teams) => teams.Select(team => new Claim(Type, team));

    /// <summary>Copies the values of <paramref name="sourceClaimType"/> into team claims on the principal's first identity.</summary>
    public static void AddFrom(ClaimsPrincipal principal, string sourceClaimType)
    {
        if (principal.Identity is not ClaimsIdentity identity) return;
        var teams = principal.FindAll(sourceClaimType).Select(c => c.Value.Trim())
            .Where(v => v.Length is > 0 and <= MaxTeamLength).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxTeams).ToList();
        identity.AddClaims(For(teams));
    }

    public static IReadOnlyList<string> Of(ClaimsPrincipal principal) => [.. principal.FindAll(Type).Select(c => c.Value)];
}
