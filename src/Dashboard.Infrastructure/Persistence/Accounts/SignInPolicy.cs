namespace Dashboard.Infrastructure.Persistence.Accounts;

/// <summary>What a sign-in attempt is checked against besides the password.</summary>
/// <param name="DemoAccountsAllowed">Whether demo accounts may sign in here.</param>
/// <param name="MaxFailedAttempts">Wrong passwords in a row that lock the user name.</param>
/// <param name="LockoutDuration">How long a locked user name refuses every password, the right one included.</param>
public sealed record SignInPolicy(bool DemoAccountsAllowed, int MaxFailedAttempts, TimeSpan LockoutDuration);
