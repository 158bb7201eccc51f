using Dashboard.Domain.Scanning;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Scanning;

/// <summary>
/// The latest scan of the configured source tree, shared by every user: scanning is seconds of CPU, so it runs
/// once and again only when asked. Concurrent callers wait for the one scan in flight.
/// </summary>
public sealed class SourceScanCache(SourceScanner scanner, IOptions<SourceScanOptions> options, TimeProvider time, ILogger<SourceScanCache> logger)
    : IScanSnapshotSource
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ScanSnapshot? _latest;

    public async Task<ScanSnapshot> GetAsync(CancellationToken cancellationToken) =>
        _latest ?? await RescanAsync(onlyIfMissing: true, cancellationToken);

    public async Task<ScanSnapshot> RescanAsync(bool onlyIfMissing, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (onlyIfMissing && _latest is not null) return _latest;
            var root = options.Value.ResolveRoot();
            try
            {
                var result = await scanner.ScanAsync(root, null, cancellationToken);
                _latest = new ScanSnapshot(root, result, time.GetUtcNow(), Error: null);
            }
            catch (DirectoryNotFoundException ex)
            {
                logger.LogWarning("Source scan of {Root} failed: {Reason}", root, ex.Message);
                _latest = new ScanSnapshot(root, null, time.GetUtcNow(), $"{ex.Message} Set SourceScan:Root to the folder holding the services' source.");
            }
            return _latest;
        }
        finally
        {
            _gate.Release();
        }
    }
}
