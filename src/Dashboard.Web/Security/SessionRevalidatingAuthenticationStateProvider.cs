using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Security;

/// <summary>
/// An open page (a Blazor circuit) outlives the request that opened it: every <c>Authentication:RevalidateSeconds</c> it checks
/// the session again, and a session ended by a sign-out or a role change turns the page into the sign-in redirect.
/// </summary>
internal sealed class SessionRevalidatingAuthenticationStateProvider(
    ILoggerFactory loggerFactory, SessionValidator validator, IOptions<AuthenticationSettings> settings)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(settings.Value.RevalidateSeconds);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        await validator.CheckAsync(authenticationState.User, cancellationToken) == SessionCheck.Current;
}
