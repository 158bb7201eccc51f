namespace Dashboard.Web.Security;

/// <summary>The <c>Authentication:Lockout</c> settings: wrong passwords in a row lock a user name for a while.</summary>
public sealed class LockoutSettings
{
    public int MaxFailedAttempts { get; set; } = 5;
    public int Minutes { get; set; } = 15;
}
