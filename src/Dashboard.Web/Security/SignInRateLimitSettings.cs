namespace Dashboard.Web.Security;

/// <summary>The <c>Authentication:SignInRateLimit</c> settings: sign-in attempts one client address may make per window.</summary>
public sealed class SignInRateLimitSettings
{
    public int PermitLimit { get; set; } = 10;
    public int WindowSeconds { get; set; } = 60;
}
