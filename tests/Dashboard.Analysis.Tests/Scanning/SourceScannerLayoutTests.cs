using Dashboard.Analysis.Scanning;

namespace Dashboard.Analysis.Tests.Scanning;

public class SourceScannerLayoutTests
{
    private const string ReadsTaxRate = "var rate = configuration[\"Tax:Rate\"];";

    private readonly SourceScanner _scanner = new();

    [Fact]
    public async Task ScanAsync_MissingRoot_ThrowsNamingThePath()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-services-" + Guid.NewGuid().ToString("N"));

        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => _scanner.ScanAsync(missing, null, CancellationToken.None));

        Assert.Contains(missing, error.Message);
    }

    [Fact]
    public async Task ScanAsync_MissingCatalogPath_ThrowsNamingServiceAndPath()
    {
        using var folder = new TempSourceFolder().With("billing/Program.cs", ReadsTaxRate);

        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(
            () => _scanner.ScanAsync(folder.Root, [("billing-api", "billing"), ("frontend", "web/frontend")], CancellationToken.None));

        Assert.Contains("'web/frontend'", error.Message);
        Assert.Contains("'frontend'", error.Message);
    }

    [Fact]
    public async Task ScanAsync_NestedProjects_FilesBelongToNearestProject()
    {
        using var folder = new TempSourceFolder()
            .WithProject("src/billing-api/billing-api.csproj")
            .With("src/billing-api/Program.cs", ReadsTaxRate)
            .WithProject("src/billing-api/tools/migrator/migrator.csproj")
            .With("src/billing-api/tools/migrator/Migrate.cs", "var db = config.GetConnectionString(\"Ledger\");");

        var result = await _scanner.ScanAsync(folder.Root, null, CancellationToken.None);

        Assert.Equal([("billing-api", "src/billing-api"), ("migrator", "src/billing-api/tools/migrator")],
            result.Services.Select(s => (s.Name, s.Path)));
        Assert.Equal([("Tax:Rate", "src/billing-api/Program.cs")], result.Services[0].Reads.Select(r => (r.Key, r.File)));
        Assert.Equal(["ConnectionStrings:Ledger"], result.Services[1].Reads.Select(r => r.Key));
    }

    [Fact]
    public async Task ScanAsync_CatalogPaths_NameServicesInsteadOfProjects()
    {
        using var folder = new TempSourceFolder()
            .WithProject("services/Billing.Api/Billing.Api.csproj")
            .With("services/Billing.Api/Program.cs", ReadsTaxRate);

        var result = await _scanner.ScanAsync(folder.Root, [("billing-api", "services/Billing.Api")], CancellationToken.None);

        var service = Assert.Single(result.Services);
        Assert.Equal(("billing-api", "services/Billing.Api"), (service.Name, service.Path));
        Assert.Equal("Tax:Rate", Assert.Single(service.Reads).Key);
    }

    [Fact]
    public async Task ScanAsync_UnparseableFile_IsReportedAndScannedAsFarAsItParses()
    {
        using var folder = new TempSourceFolder()
            .WithProject("billing-api/billing-api.csproj")
            .With("billing-api/Broken.cs", "public class Broken { void M() { var x = configuration[\"Broken:Key\"]; ")
            .With("billing-api/Program.cs", ReadsTaxRate);

        var result = await _scanner.ScanAsync(folder.Root, null, CancellationToken.None);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("billing-api/Broken.cs", 1), (diagnostic.File, diagnostic.Line));
        Assert.Contains("does not parse", diagnostic.Message);
        Assert.Equal(["Broken:Key", "Tax:Rate"], Assert.Single(result.Services).Reads.Select(r => r.Key));
    }

    [Fact]
    public async Task ScanAsync_NonCSharpAndBuildOutputFiles_AreIgnored()
    {
        using var folder = new TempSourceFolder()
            .WithProject("billing-api/billing-api.csproj")
            .With("billing-api/Program.cs", ReadsTaxRate)
            .With("billing-api/notes.txt", "var x = configuration[\"Notes:Key\"];")
            .With("billing-api/appsettings.json", "{ \"Tax\": { \"Rate\": 0.08 } }")
            .With("billing-api/obj/Debug/Generated.cs", "var x = configuration[\"Generated:Key\"];");

        var result = await _scanner.ScanAsync(folder.Root, null, CancellationToken.None);

        Assert.Equal(["Tax:Rate"], Assert.Single(result.Services).Reads.Select(r => r.Key));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public async Task ScanSourcesAsync_InMemoryWithCatalog_UsesCatalogFolders()
    {
        IReadOnlyList<(string path, string text)> sources =
        [
            ("billing\\Program.cs", ReadsTaxRate),
            ("frontend/Program.cs", "builder.Services.AddHttpClient(\"billing-api\");"),
            ("elsewhere/Other.cs", "var x = configuration[\"Other:Key\"];"),
        ];

        var result = await _scanner.ScanSourcesAsync(sources, [("billing-api", "billing"), ("frontend", "./frontend")], CancellationToken.None);

        Assert.Equal(["billing-api", "frontend"], result.Services.Select(s => s.Name));
        Assert.Equal([("Tax:Rate", "billing/Program.cs")], result.Services[0].Reads.Select(r => (r.Key, r.File)));
        Assert.Equal("billing-api", Assert.Single(result.Services[1].HttpClients).Name);
    }

    [Fact]
    public async Task ScanSourcesAsync_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _scanner.ScanSourcesAsync([("svc/svc.csproj", ""), ("svc/A.cs", ReadsTaxRate)], null, cancellation.Token));
    }
}
