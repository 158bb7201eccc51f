namespace Dashboard.Application.Leases;

/// <summary>
/// Elects one runner among several dashboard instances sharing one database: background work that must run once per
/// fleet (probes, the change watch, a reconciliation run) holds a named lease and renews it while it runs. A holder
/// that dies stops renewing, and another instance takes the lease when it expires.
/// </summary>
public interface ILeaseStore
{
    /// <summary>Takes or renews <paramref name="name"/> for <paramref name="holder"/>; false while another holder's lease is unexpired.</summary>
    Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Gives the lease up at once (on a clean shutdown), so another instance need not wait for it to expire.</summary>
    Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken);
}
