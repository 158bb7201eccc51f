using Dashboard.Analysis.Files;
using Dashboard.Domain.Catalog;
using Dashboard.Analysis.Scanning;
using Dashboard.Application.Catalog;
using Dashboard.Domain.Scanning;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Scanning;

/// <summary>
/// The latest scan of the configured source tree, shared by every user: scanning is seconds of CPU, so it runs once and
/// again when asked (the config map's Refresh, a catalog edit that moves a source folder, the periodic refresh).
/// Concurrent callers wait for the one scan in flight. Services whose catalog entry
/// names a source folder are scanned as that service; without any, every project under the root is a service.
/// The root must lie under <c>SourceScan:Roots</c>, and the scan keeps to the same size and time limits as
/// <c>POST /api/scan</c>.
/// </summary>
public sealed class SourceScanCache(
    SourceScanner scanner, ICatalogSource catalogSource, IOptions<SourceScanOptions> options, TimeProvider time, ILogger<SourceScanCache> logger)
    : IScanSnapshotSource, ISourceScanRefresh
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ScanSnapshot? _latest;

    public async Task<ScanSnapshot> GetAsync(CancellationToken cancellationToken) =>
        _latest ?? await RescanAsync(onlyIfMissing: true, cancellationToken);

    public Task<ScanSnapshot> RefreshAsync(CancellationToken cancellationToken) => RescanAsync(onlyIfMissing: false, cancellationToken);

    /// <summary>Scans again in the background; the current scan keeps serving until the new one is done.</summary>
    public void RequestRescan(string reason)
    {
        logger.LogInformation("Scanning the services' source again: {Reason}", reason);
        _ = Task.Run(async () =>
        {
            try
            {
                await RescanAsync(onlyIfMissing: false, CancellationToken.None);
            }
            catch (Exception error)
            {
                logger.LogError(error, "Scanning the services' source again failed; the previous scan is still used");
            }
        });
    }

    public async Task<ScanSnapshot> RescanAsync(bool onlyIfMissing, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (onlyIfMissing && _latest is not null) return _latest;
            var settings = options.Value;
            var root = settings.ResolveRoot();
            try
            {
                if (settings.AllowedRoots().Problem(root, "source folder", "SourceScan:Roots") is { } outside)
                    throw new DirectoryNotFoundException(outside);
                using var timeLimit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeLimit.CancelAfter(TimeSpan.FromSeconds(settings.TimeLimitSeconds));
                var (paths, missing) = await CatalogPathsAsync(root, cancellationToken);
                var result = await ScanWithinAsync(root, paths.Count == 0 ? null : paths, settings, timeLimit.Token, cancellationToken);
                _latest = new ScanSnapshot(root, result with { Diagnostics = [.. missing, .. result.Diagnostics] }, time.GetUtcNow(), Error: null);
            }
            catch (DirectoryNotFoundException ex)
            {
                logger.LogWarning("Source scan of {Root} failed: {Reason}", root, ex.Message);
                _latest = new ScanSnapshot(root, null, time.GetUtcNow(), $"{ex.Message} Set SourceScan:Root to the folder holding the services' source.");
            }
            catch (ScanLimitException ex)
            {
                logger.LogWarning("Source scan of {Root} stopped: {Reason}", root, ex.Message);
                _latest = new ScanSnapshot(root, null, time.GetUtcNow(), ex.Message);
            }
            return _latest;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<ScanResult> ScanWithinAsync(
        string root, List<(string, string)>? paths, SourceScanOptions settings, CancellationToken timeLimit, CancellationToken cancellationToken)
    {
        try
        {
            return await scanner.ScanAsync(root, paths, settings.Limits(), timeLimit);
        }
        catch (OperationCanceledException) when (timeLimit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw ScanLimitException.TimeLimit(root, settings.TimeLimitSeconds);
        }
        catch (FileTreeLimitException ex)
        {
            throw ScanLimitException.TotalSize(ex);
        }
    }

    /// <summary>The catalog's source folders that exist under the root; the others are reported, not fatal.</summary>
    private async Task<(List<(string, string)> Paths, List<ScanDiagnostic> Missing)> CatalogPathsAsync(string root, CancellationToken cancellationToken)
    {
        var catalog = await catalogSource.LoadAsync(cancellationToken);
        var paths = new List<(string, string)>();
        var missing = new List<ScanDiagnostic>();
        foreach (var service in catalog.Services.Where(s => !string.IsNullOrEmpty(s.SourcePath)))
        {
            if (Directory.Exists(Path.Combine(root, service.SourcePath!)))
                paths.Add((service.Name, service.SourcePath!));
            else
                missing.Add(new ScanDiagnostic(service.SourcePath!,
                    $"The catalog gives {service.Name} the source folder '{service.SourcePath}', which is not under {root}; fix the service's source path in the Catalog."));
        }
        return (paths, missing);
    }
}
