using System.Globalization;
using Dashboard.Infrastructure.Persistence.Accounts;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Security;

/// <summary>
/// Checks what the sign-in form sent against the local accounts, the lockout and the demo-account rule, logs the outcome with
/// a sanitised user name, and words the answer so that it never tells whether a user name exists.
/// </summary>
public sealed class SignInService(
    LocalAccountStore accounts, DemoAccountAccess demoAccounts, IOptions<AuthenticationSettings> settings, TimeProvider time, ILogger<SignInService> logger)
{
    public const string WrongPassword = "That user name and password do not match. Check both and try again; passwords are case-sensitive.";

    public async Task<SignInAttempt> SignInAsync(string? userName, string? password, string clientAddress, CancellationToken cancellationToken)
    {
        var lockout = settings.Value.Lockout;
        var policy = new SignInPolicy(demoAccounts.Enabled, lockout.MaxFailedAttempts, TimeSpan.FromMinutes(lockout.Minutes));
        var result = await accounts.VerifyAsync(userName ?? "", password ?? "", policy, cancellationToken);
        switch (result.Outcome)
        {
            case SignInOutcome.Success:
                logger.LogInformation("{UserName} signed in from {ClientAddress}", result.Account!.UserName, clientAddress);
                return new SignInAttempt(SessionPrincipal.For(result.Account), null);
            case SignInOutcome.LockedOut:
                logger.LogWarning("Sign-in for {UserName} from {ClientAddress} refused: locked out until {LockedOutUntil:O}",
                    LogText.UserName(userName), clientAddress, result.LockedOutUntil);
                return new SignInAttempt(null, LockedOut(result.LockedOutUntil!.Value));
            case SignInOutcome.DemoAccountsDisabled:
                logger.LogWarning("Demo account {UserName} refused from {ClientAddress}: demo accounts are turned off here", LogText.UserName(userName), clientAddress);
                return new SignInAttempt(null,
                    "Demo accounts are turned off here. Sign in with your own account; for a demo, an administrator can turn them on with "
                    + "Authentication:EnableDemoAccounts (with DemoWorld:Seed).");
            default:
                logger.LogWarning("Failed sign-in for {UserName} from {ClientAddress}", LogText.UserName(userName), clientAddress);
                return new SignInAttempt(null, WrongPassword);
        }
    }

    // Said the same way whether or not the user name exists; the time carries its offset.
    private string LockedOut(DateTimeOffset until)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling((until - time.GetUtcNow()).TotalMinutes));
        return string.Create(CultureInfo.InvariantCulture,
            $"Too many failed sign-ins for this user name. Try again after {until.UtcDateTime:yyyy-MM-dd HH:mm} UTC+00:00 (in {minutes} minute{(minutes == 1 ? "" : "s")}); until then even the right password is refused.");
    }
}
