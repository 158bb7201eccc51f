using Dashboard.Domain;
using Dashboard.Domain.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Persistence.Accounts;

/// <summary>
/// Local accounts with ASP.NET Core Identity's password hasher (PBKDF2, salted, versioned), a lockout after repeated wrong
/// passwords (per user name, whether or not the account exists) and a security stamp that ends sessions.
/// </summary>
public sealed class LocalAccountStore(IDbContextFactory<DashboardDbContext> contextFactory, TimeProvider? time = null) : IDisposable
{
    private readonly PasswordHasher<LocalAccount> _hasher = new();
    private readonly UnknownUserNameLockouts _unknownNames = new();
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<SignInResult> VerifyAsync(string userName, string password, SignInPolicy policy, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
            return SignInResult.Invalid;
        var now = _time.GetUtcNow();
        var normalized = Normalize(userName);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var account = await db.LocalAccounts.SingleOrDefaultAsync(a => a.UserName == normalized, cancellationToken);
        if (account is null)
        {
            if (_unknownNames.LockedUntil(normalized, now) is { } until)
                return SignInResult.Locked(until);
            // Hash anyway so an unknown user name takes as long as a wrong password.
            _hasher.HashPassword(new LocalAccount(normalized, normalized, Roles.Viewer, isDemo: false), password);
            return _unknownNames.RecordFailure(normalized, now, policy) is { } lockedUntil ? SignInResult.Locked(lockedUntil) : SignInResult.Invalid;
        }
        if (account.IsLockedOut(now))
            return SignInResult.Locked(account.LockedOutUntil!.Value);
        if (_hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed)
            return await RecordFailureAsync(db, account.Id, now, policy, cancellationToken) is { } lockedUntil ? SignInResult.Locked(lockedUntil) : SignInResult.Invalid;
        if (account.IsDemo && !policy.DemoAccountsAllowed)
            return new SignInResult(SignInOutcome.DemoAccountsDisabled, null);

        account.RecordSuccessfulSignIn();
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(cancellationToken);
        return new SignInResult(SignInOutcome.Success, account);
    }

    /// <summary>The account's current stamp, or null when there is no such account (any more).</summary>
    public async Task<string?> SecurityStampAsync(string userName, CancellationToken cancellationToken)
    {
        var normalized = Normalize(userName);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.LocalAccounts.Where(a => a.UserName == normalized).Select(a => a.SecurityStamp).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Ends every session of the account (sign-out); nothing happens for an unknown user name.</summary>
    public async Task EndSessionsAsync(string userName, CancellationToken cancellationToken)
    {
        var normalized = Normalize(userName);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var account = await db.LocalAccounts.SingleOrDefaultAsync(a => a.UserName == normalized, cancellationToken);
        if (account is null) return;
        account.RotateSecurityStamp();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Gives the account another role and ends its sessions; null when there is no such account.</summary>
    public async Task<LocalAccount?> ChangeRoleAsync(string userName, string role, CancellationToken cancellationToken)
    {
        RequireKnownRole(role);
        var normalized = Normalize(userName);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var account = await db.LocalAccounts.SingleOrDefaultAsync(a => a.UserName == normalized, cancellationToken);
        if (account is null) return null;
        account.ChangeRole(role);
        await db.SaveChangesAsync(cancellationToken);
        return account;
    }

    /// <summary>Gives the account other teams and ends its sessions; null when there is no such account.</summary>
    public async Task<LocalAccount?> ChangeTeamsAsync(string userName, IEnumerable<string> teams, CancellationToken cancellationToken)
    {
        var normalized = Normalize(userName);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var account = await db.LocalAccounts.SingleOrDefaultAsync(a => a.UserName == normalized, cancellationToken);
        if (account is null) return null;
        account.ChangeTeams(teams);
        await db.SaveChangesAsync(cancellationToken);
        return account;
    }

    public LocalAccount Create(string userName, string displayName, string role, string password, bool isDemo, IEnumerable<string>? teams = null)
    {
        RequireKnownRole(role);
        if (password.Length < 12)
            throw new DomainException("A password needs at least 12 characters.");
        var account = new LocalAccount(userName, displayName, role, isDemo, teams);
        account.SetPasswordHash(_hasher.HashPassword(account, password));
        return account;
    }

    public async Task<IReadOnlyList<LocalAccount>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.LocalAccounts.AsNoTracking().OrderBy(a => a.UserName).ToListAsync(cancellationToken);
    }

    public void Dispose() => _unknownNames.Dispose();

    /// <summary>
    /// Counted in the database in one statement each, so parallel guesses cannot lose a failure; the statement that reaches the
    /// limit locks the account and starts the count again. Returns the end of the lockout when this failure started one.
    /// </summary>
    private static async Task<DateTimeOffset?> RecordFailureAsync(
        DashboardDbContext db, int accountId, DateTimeOffset now, SignInPolicy policy, CancellationToken cancellationToken)
    {
        await db.LocalAccounts.Where(a => a.Id == accountId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.FailedSignIns, a => a.FailedSignIns + 1), cancellationToken);
        DateTimeOffset? until = now + policy.LockoutDuration;
        var locked = await db.LocalAccounts.Where(a => a.Id == accountId && a.FailedSignIns >= policy.MaxFailedAttempts)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.FailedSignIns, 0).SetProperty(a => a.LockedOutUntil, until), cancellationToken);
        return locked > 0 ? until : null;
    }

    private static void RequireKnownRole(string role)
    {
        if (!Roles.IsKnown(role))
            throw new DomainException($"Unknown role '{role}'; known roles: {string.Join(", ", Roles.All)}.");
    }

    private static string Normalize(string userName) => userName.Trim().ToLowerInvariant();
}
