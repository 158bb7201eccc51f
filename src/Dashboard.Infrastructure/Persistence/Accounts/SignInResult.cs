namespace Dashboard.Infrastructure.Persistence.Accounts;

public enum SignInOutcome
{
    Success,
    InvalidCredentials,
    DemoAccountsDisabled,
}

/// <summary>The answer to a sign-in attempt; <see cref="Account"/> is set only on success.</summary>
public sealed record SignInResult(SignInOutcome Outcome, LocalAccount? Account)
{
    public static SignInResult Invalid { get; } = new(SignInOutcome.InvalidCredentials, null);
}
