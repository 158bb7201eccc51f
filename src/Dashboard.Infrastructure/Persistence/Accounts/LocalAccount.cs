using Dashboard.Domain;

namespace Dashboard.Infrastructure.Persistence.Accounts;

/// <summary>A local sign-in for the embedded default; production signs in through Entra ID instead.</summary>
public sealed class LocalAccount
{
    /// <summary>So the list fits its column (1024 characters of JSON) with room for quoting.</summary>
    public const int MaxTeams = 12;
    public const int MaxTeamLength = 64;

    public int Id { get; private set; }
    public string UserName { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public string Role { get; private set; } = "";
    /// <summary>The teams the person belongs to, named as the catalog names owner teams; an approval covers those teams.</summary>
    public IReadOnlyList<string> Teams { get; private set; } = [];
    public string PasswordHash { get; private set; } = "";
    public bool IsDemo { get; private set; }
    /// <summary>
    /// Copied into the session cookie at sign-in and compared on every request: a new stamp (sign-out, a role change) ends every
    /// session made before it, copied cookies included. Empty only for accounts made before stamps existed, until they sign in.
    /// </summary>
    public string SecurityStamp { get; private set; } = NewStamp();
    /// <summary>Wrong passwords since the last successful sign-in or lockout; counted in the database so every instance sees them.</summary>
    public int FailedSignIns { get; private set; }
    public DateTimeOffset? LockedOutUntil { get; private set; }

    private LocalAccount() { }

    public LocalAccount(string userName, string displayName, string role, bool isDemo, IEnumerable<string>? teams = null)
    {
        UserName = userName.Trim().ToLowerInvariant();
        DisplayName = displayName.Trim();
        Role = role;
        IsDemo = isDemo;
        Teams = ValidTeams(teams ?? []);
    }

    public void SetPasswordHash(string hash) => PasswordHash = hash;

    public bool IsLockedOut(DateTimeOffset now) => LockedOutUntil > now;

    /// <summary>The failure count starts again, and an account made before stamps existed gets one.</summary>
    public void RecordSuccessfulSignIn()
    {
        FailedSignIns = 0;
        LockedOutUntil = null;
        if (SecurityStamp.Length == 0) RotateSecurityStamp();
    }

    /// <summary>Ends every session of this account: the cookies carry the old stamp.</summary>
    public void RotateSecurityStamp() => SecurityStamp = NewStamp();

    /// <summary>A new role takes effect at the next sign-in, so the sessions holding the old role end now.</summary>
    public void ChangeRole(string role)
    {
        Role = role;
        RotateSecurityStamp();
    }

    /// <summary>New teams take effect at the next sign-in (they ride in the session), so the sessions holding the old ones end now.</summary>
    public void ChangeTeams(IEnumerable<string> teams)
    {
        Teams = ValidTeams(teams);
        RotateSecurityStamp();
    }

    private static List<string> ValidTeams(IEnumerable<string> teams)
    {
        List<string> valid = [.. teams.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
        if (valid.Count > MaxTeams)
            throw new DomainException($"An account can belong to at most {MaxTeams} teams, not {valid.Count}: keep the teams that own services in the catalog.");
        if (valid.FirstOrDefault(t => t.Length > MaxTeamLength || t.Any(char.IsControl)) is { } bad)
            throw new DomainException($"The team name '{bad[..Math.Min(bad.Length, MaxTeamLength)]}' is not usable: give the catalog's owner team name, at most {MaxTeamLength} characters without control characters.");
        return valid;
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}
