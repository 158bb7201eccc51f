using System.Globalization;
using Dashboard.Analysis.Scanning;
using Dashboard.Domain.Catalog;
using Dashboard.Infrastructure.Scanning;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Infrastructure.Tests.Scanning;

public sealed class SourceScanCacheTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("scan-cache-").FullName;
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-27T10:00:00Z", CultureInfo.InvariantCulture));

    public SourceScanCacheTests()
    {
        WriteProject("billing", "Billing.Api.csproj", "var x = configuration[\"Billing:Gateway:TimeoutSeconds\"];");
        WriteProject("web", "Web.csproj", "var y = configuration[\"Web:Theme\"];");
    }

    [Fact]
    public async Task GetAsync_WithoutCatalogSourcePaths_NamesServicesAfterTheirProjects()
    {
        var snapshot = await Cache(Catalog()).GetAsync(CancellationToken.None);

        Assert.Equal(["Billing.Api", "Web"], snapshot.Scan!.Services.Select(s => s.Name).Order());
    }

    [Fact]
    public async Task GetAsync_CatalogSourcePaths_NameTheServices_AndMissingFoldersAreReported()
    {
        var catalog = Catalog(("billing-api", "billing"), ("ghost-api", "ghost"));

        var snapshot = await Cache(catalog).GetAsync(CancellationToken.None);

        var service = Assert.Single(snapshot.Scan!.Services);
        Assert.Equal("billing-api", service.Name);
        Assert.Contains(service.Reads, r => r.Key == "Billing:Gateway:TimeoutSeconds");
        Assert.Contains(snapshot.Scan.Diagnostics, d => d.Message.Contains("ghost-api") && d.Message.Contains("'ghost'"));
    }

    [Fact]
    public async Task GetAsync_ScansOnce_RescanScansAgain()
    {
        var cache = Cache(Catalog());

        var first = await cache.GetAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        var second = await cache.GetAsync(CancellationToken.None);
        var rescanned = await cache.RescanAsync(onlyIfMissing: false, CancellationToken.None);

        Assert.Same(first, second);
        Assert.Equal(_time.GetUtcNow(), rescanned.ScannedAt);
    }

    [Fact]
    public async Task GetAsync_RootMissing_SaysWhichSettingToFix()
    {
        var cache = new SourceScanCache(new SourceScanner(), new FixedCatalog(Catalog()),
            Options.Create(new SourceScanOptions { Root = Path.Combine(_root, "nope") }), _time, NullLogger<SourceScanCache>.Instance);

        var snapshot = await cache.GetAsync(CancellationToken.None);

        Assert.Null(snapshot.Scan);
        Assert.Contains("SourceScan:Root", snapshot.Error);
    }

    [Fact]
    public async Task GetAsync_RootOutsideTheRoots_IsRefusedNamingTheSetting()
    {
        var cache = Cache(Catalog(), new SourceScanOptions { Root = _root, Roots = [Path.Combine(_root, "billing")] });

        var snapshot = await cache.GetAsync(CancellationToken.None);

        Assert.Null(snapshot.Scan);
        Assert.Contains("outside the folders this server scans (SourceScan:Roots", snapshot.Error);
    }

    [Fact]
    public async Task GetAsync_TreeOverTheTotalSizeLimit_SaysWhichSettingToRaise()
    {
        var cache = Cache(Catalog(), new SourceScanOptions { Root = _root, MaxFileBytes = 200, MaxTotalBytes = 250 });

        var snapshot = await cache.GetAsync(CancellationToken.None);

        Assert.Null(snapshot.Scan);
        Assert.Contains("SourceScan:MaxTotalBytes", snapshot.Error);
    }

    [Fact]
    public async Task GetAsync_FileOverTheLimit_IsADiagnosticOfTheScan()
    {
        File.WriteAllText(Path.Combine(_root, "web", "Generated.cs"), new string('/', 300));
        var cache = Cache(Catalog(), new SourceScanOptions { Root = _root, MaxFileBytes = 250 });

        var snapshot = await cache.GetAsync(CancellationToken.None);

        Assert.Contains(snapshot.Scan!.Diagnostics, d => d.File == "web/Generated.cs" && d.Message.Contains("limit per file"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private SourceScanCache Cache(ServiceCatalog catalog, SourceScanOptions? options = null) => new(new SourceScanner(), new FixedCatalog(catalog),
        Options.Create(options ?? new SourceScanOptions { Root = _root }), _time, NullLogger<SourceScanCache>.Instance);

    private void WriteProject(string folder, string project, string statement)
    {
        var path = Directory.CreateDirectory(Path.Combine(_root, folder)).FullName;
        File.WriteAllText(Path.Combine(path, project), "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        File.WriteAllText(Path.Combine(path, "Reader.cs"), $"class Reader {{ void Read(Microsoft.Extensions.Configuration.IConfiguration configuration) {{ {statement} }} }}");
    }

    private static ServiceCatalog Catalog(params (string Name, string Path)[] services)
    {
        var catalog = new ServiceCatalog();
        foreach (var (name, path) in services)
            catalog.AddService(new Service(name, "team", ServiceKind.Api, Lifecycle.Production)).SetSourcePath(path);
        return catalog;
    }

    private sealed class FixedCatalog(ServiceCatalog catalog) : ICatalogSource
    {
        public Task<ServiceCatalog> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(catalog);
    }
}
