namespace Dashboard.Infrastructure.Scanning;

/// <summary>The latest scan of the services' source (the cached scanner, or a fixed scan in tests).</summary>
public interface IScanSnapshotSource
{
    Task<ScanSnapshot> GetAsync(CancellationToken cancellationToken);
}
