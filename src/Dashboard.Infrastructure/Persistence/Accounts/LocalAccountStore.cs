using Dashboard.Domain;
using Dashboard.Domain.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Persistence.Accounts;

/// <summary>Local accounts with ASP.NET Core Identity's password hasher (PBKDF2, salted, versioned).</summary>
public sealed class LocalAccountStore(IDbContextFactory<DashboardDbContext> contextFactory)
{
    private readonly PasswordHasher<LocalAccount> _hasher = new();

    public async Task<SignInResult> VerifyAsync(string userName, string password, bool demoAccountsAllowed, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
            return SignInResult.Invalid;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var normalized = userName.Trim().ToLowerInvariant();
        var account = await db.LocalAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.UserName == normalized, cancellationToken);
        if (account is null)
        {
            // Hash anyway so an unknown user name takes as long as a wrong password.
            _hasher.HashPassword(new LocalAccount(normalized, normalized, Roles.Viewer, isDemo: false), password);
            return SignInResult.Invalid;
        }
        if (_hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed)
            return SignInResult.Invalid;
        return account.IsDemo && !demoAccountsAllowed
            ? new SignInResult(SignInOutcome.DemoAccountsDisabled, null)
            : new SignInResult(SignInOutcome.Success, account);
    }

    public LocalAccount Create(string userName, string displayName, string role, string password, bool isDemo)
    {
        if (!Roles.IsKnown(role))
            throw new DomainException($"Unknown role '{role}'; known roles: {string.Join(", ", Roles.All)}.");
        if (password.Length < 12)
            throw new DomainException("A password needs at least 12 characters.");
        var account = new LocalAccount(userName, displayName, role, isDemo);
        account.SetPasswordHash(_hasher.HashPassword(account, password));
        return account;
    }

    public async Task<IReadOnlyList<LocalAccount>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.LocalAccounts.AsNoTracking().OrderBy(a => a.UserName).ToListAsync(cancellationToken);
    }
}
