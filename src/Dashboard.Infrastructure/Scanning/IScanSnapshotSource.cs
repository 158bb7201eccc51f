namespace Dashboard.Infrastructure.Scanning;

/// <summary>The latest scan of the services' source (the cached scanner, or a fixed scan in tests).</summary>
public interface IScanSnapshotSource
{
    Task<ScanSnapshot> GetAsync(CancellationToken cancellationToken);

    /// <summary>Scans again now (the config map's Refresh), and returns the new scan.</summary>
    Task<ScanSnapshot> RefreshAsync(CancellationToken cancellationToken);
}
