namespace Dashboard.Infrastructure.Persistence.Accounts;

public enum SignInOutcome
{
    Success,
    InvalidCredentials,
    DemoAccountsDisabled,
    /// <summary>Too many wrong passwords for this user name; the password was not checked.</summary>
    LockedOut,
}

/// <summary>
/// The answer to a sign-in attempt; <see cref="Account"/> is set only on success, <see cref="LockedOutUntil"/> only when locked out.
/// </summary>
public sealed record SignInResult(SignInOutcome Outcome, LocalAccount? Account, DateTimeOffset? LockedOutUntil = null)
{
    public static SignInResult Invalid { get; } = new(SignInOutcome.InvalidCredentials, null);

    public static SignInResult Locked(DateTimeOffset until) => new(SignInOutcome.LockedOut, null, until);
}
