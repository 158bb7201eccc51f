using Microsoft.Extensions.Caching.Memory;

namespace Dashboard.Infrastructure.Persistence.Accounts;

/// <summary>
/// Counts wrong passwords for user names that have no account, so that they lock out exactly like real ones: otherwise the
/// lockout message would tell a guesser which user names exist. Kept in memory, bounded, and forgotten when the lockout ends.
/// </summary>
internal sealed class UnknownUserNameLockouts : IDisposable
{
    private const int MaxTrackedNames = 10_000;
    private readonly MemoryCache _failures = new(new MemoryCacheOptions { SizeLimit = MaxTrackedNames });
    private readonly Lock _gate = new();

    public DateTimeOffset? LockedUntil(string userName, DateTimeOffset now) =>
        _failures.TryGetValue(userName, out Entry? entry) && entry!.LockedUntil > now ? entry.LockedUntil : null;

    /// <returns>The end of the lockout when this failure started one, else null.</returns>
    public DateTimeOffset? RecordFailure(string userName, DateTimeOffset now, SignInPolicy policy)
    {
        lock (_gate)
        {
            var failures = (_failures.TryGetValue(userName, out Entry? entry) && entry!.LockedUntil is null ? entry.Failures : 0) + 1;
            var lockedUntil = failures >= policy.MaxFailedAttempts ? now + policy.LockoutDuration : (DateTimeOffset?)null;
            _failures.Set(userName, new Entry(failures, lockedUntil),
                new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = policy.LockoutDuration });
            return lockedUntil;
        }
    }

    public void Dispose() => _failures.Dispose();

    private sealed record Entry(int Failures, DateTimeOffset? LockedUntil);
}
