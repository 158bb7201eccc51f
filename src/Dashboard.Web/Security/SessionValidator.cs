using System.Security.Claims;
using Dashboard.Infrastructure.Persistence.Accounts;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Security;

/// <summary>
/// Whether a local-account session still holds: its security stamp must be the account's current one, so a sign-out or a role
/// change ends every copy of the cookie. Entra ID sessions carry no stamp and are not checked here.
/// </summary>
public sealed class SessionValidator(LocalAccountStore accounts, IOptions<AuthenticationSettings> settings, ILogger<SessionValidator> logger)
{
    public async Task<SessionCheck> CheckAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (settings.Value.ParsedMode != AuthenticationMode.Local || principal.Identity?.IsAuthenticated != true)
            return SessionCheck.Current;
        var userName = principal.FindFirstValue(ClaimTypes.Name);
        var stamp = principal.FindFirstValue(SessionPrincipal.SecurityStampClaim);
        if (string.IsNullOrEmpty(userName) || string.IsNullOrEmpty(stamp))
            return SessionCheck.Ended;
        try
        {
            var current = await accounts.SecurityStampAsync(userName, cancellationToken);
            return string.Equals(stamp, current, StringComparison.Ordinal) ? SessionCheck.Current : SessionCheck.Ended;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogWarning("The session of {UserName} could not be checked ({Reason}); it is refused until the database answers",
                LogText.Sanitize(userName), error.GetBaseException().Message);
            return SessionCheck.Unknown;
        }
    }
}
