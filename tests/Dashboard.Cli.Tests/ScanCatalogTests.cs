using System.Text.Json;

namespace Dashboard.Cli.Tests;

public class ScanCatalogTests
{
    private static string[] ServiceNames(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("services").EnumerateArray().Select(s => $"{s.GetProperty("name").GetString()}={s.GetProperty("path").GetString()}")];
    }

    [Fact]
    public async Task Scan_WithCatalog_NamesServicesAndFoldersFromTheCatalog()
    {
        using var catalog = new TempFolder().With("catalog-info.yaml", CatalogYaml.Documents(
            CatalogYaml.Component("billing", "billing-api"),
            CatalogYaml.Component("pdf-invoices", "invoice-renderer")));

        var output = await Cli.RunAsync("scan", Cli.SamplesRoot, "--catalog", catalog.PathOf("catalog-info.yaml"), "--json");

        Assert.Equal((ExitCodes.Success, ""), (output.ExitCode, output.Stderr));
        Assert.Equal(["billing=billing-api", "pdf-invoices=invoice-renderer"], ServiceNames(output.Stdout));
    }

    [Fact]
    public async Task Scan_WithCatalogFolder_ReadsEveryDescriptorInIt()
    {
        using var catalog = new TempFolder()
            .With("billing/catalog-info.yaml", CatalogYaml.Component("billing", "billing-api"))
            .With("web/catalog-info.yml", CatalogYaml.Component("web", "frontend"));

        var output = await Cli.RunAsync("scan", Cli.SamplesRoot, "--catalog", catalog.Root, "--json");

        Assert.Equal(ExitCodes.Success, output.ExitCode);
        Assert.Equal(["billing=billing-api", "web=frontend"], ServiceNames(output.Stdout));
    }

    [Fact]
    public async Task Scan_CatalogWithInvalidEntry_PrintsCatalogDiagnosticsToStderrAndScansTheRest()
    {
        using var catalog = new TempFolder().With("catalog-info.yaml", CatalogYaml.Documents(
            CatalogYaml.Component("billing", "billing-api"),
            CatalogYaml.Component("orphan", "frontend", owner: "")));

        var output = await Cli.RunAsync("scan", Cli.SamplesRoot, "--catalog", catalog.PathOf("catalog-info.yaml"), "--json");

        Assert.Equal(ExitCodes.Success, output.ExitCode);
        Assert.Equal(["billing=billing-api"], ServiceNames(output.Stdout));
        Assert.Contains("catalog: ", output.Stderr);
        Assert.Contains("'orphan'", output.Stderr);
        Assert.Contains("spec.owner is required", output.Stderr);
    }

    [Fact]
    public async Task Scan_CatalogWithoutSourcePaths_Exits2SayingWhichAnnotationToAdd()
    {
        using var catalog = new TempFolder().With("catalog-info.yaml", CatalogYaml.Component("billing", sourcePath: null));

        var output = await Cli.RunAsync("scan", Cli.SamplesRoot, "--catalog", catalog.PathOf("catalog-info.yaml"));

        Assert.Equal((ExitCodes.BadArguments, ""), (output.ExitCode, output.Stdout));
        Assert.Contains("gives no component a source folder", output.Stderr);
        Assert.Contains("dashboard/source-path", output.Stderr);
    }

    [Fact]
    public async Task Scan_CatalogSourcePathThatDoesNotExist_Exits2NamingServiceAndPath()
    {
        using var catalog = new TempFolder().With("catalog-info.yaml", CatalogYaml.Component("billing", "services/billing"));

        var output = await Cli.RunAsync("scan", Cli.SamplesRoot, "--catalog", catalog.PathOf("catalog-info.yaml"));

        Assert.Equal((ExitCodes.BadArguments, ""), (output.ExitCode, output.Stdout));
        Assert.Contains("'services/billing' of service 'billing' does not exist", output.Stderr);
    }
}
