using Dashboard.Application.Catalog;
using Dashboard.Application.BlastRadius;
using Dashboard.Analysis.Scanning;
using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.BlastRadius;
using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Infrastructure.Scanning;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.ConfigMap;

public static class ConfigMapServiceCollectionExtensions
{
    /// <summary>
    /// The config map's sources: store clients, the cached source scan (its <c>SourceScan</c> settings validated at
    /// start), the one-scan-per-user gate of <c>POST /api/scan</c>, and the map service.
    /// </summary>
    public static IServiceCollection AddDashboardConfigMap(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ConfigStoreClientFactory>();
        services.AddSingleton<IConfigStoreClientFactory>(sp => sp.GetRequiredService<ConfigStoreClientFactory>());
        services.AddSingleton<StoreConnectionTester>();
        services.AddSingleton<SourceScanner>();
        services.AddSingleton<IValidateOptions<SourceScanOptions>, SourceScanOptionsValidator>();
        services.AddOptions<SourceScanOptions>().ValidateOnStart();
        services.AddSingleton<ScanConcurrencyGate>();
        services.AddSingleton<SourceScanCache>();
        services.AddSingleton<IScanSnapshotSource>(sp => sp.GetRequiredService<SourceScanCache>());
        services.AddSingleton<ISourceScanRefresh>(sp => sp.GetRequiredService<SourceScanCache>());
        services.AddSingleton<StoreSnapshotCache>();
        services.AddSingleton<ConfigMapService>();
        services.AddSingleton<LiveTrafficReader>();
        services.AddSingleton<BlastRadiusService>();
        services.AddSingleton<ChangePreviewService>();
        services.AddSingleton<IBlastRadiusService>(sp => sp.GetRequiredService<BlastRadiusService>());
        return services;
    }
}
