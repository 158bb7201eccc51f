using System.Text.Json;

namespace Dashboard.Cli.Tests;

public class ScanDiagnosticsTests
{
    private static TempFolder ServiceWithBrokenFile() => new TempFolder()
        .With("orders/orders.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />")
        .With("orders/Program.cs", """
            var builder = WebApplication.CreateBuilder(args);
            var timeout = builder.Configuration["Orders:Timeout"];
            """)
        .With("orders/Broken.cs", """
            public class Broken
            {
                public void Half( {
            """);

    [Fact]
    public async Task Scan_BrokenFileAsJson_ListsItInDiagnosticsAndExitsZero()
    {
        using var source = ServiceWithBrokenFile();

        var output = await Cli.RunAsync("scan", source.Root, "--json");

        Assert.Equal(ExitCodes.Success, output.ExitCode);
        using var document = JsonDocument.Parse(output.Stdout);
        var diagnostic = Assert.Single(document.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(("orders/Broken.cs", 3), (diagnostic.GetProperty("file").GetString(), diagnostic.GetProperty("line").GetInt32()));
        Assert.StartsWith("does not parse:", diagnostic.GetProperty("message").GetString());
        var reads = document.RootElement.GetProperty("services")[0].GetProperty("reads");
        Assert.Equal("Orders:Timeout", Assert.Single(reads.EnumerateArray()).GetProperty("key").GetString());
    }

    [Fact]
    public async Task Scan_BrokenFileInSummary_ListsItAndExitsZero()
    {
        using var source = ServiceWithBrokenFile();

        var output = await Cli.RunAsync("scan", source.Root);

        Assert.Equal(ExitCodes.Success, output.ExitCode);
        Assert.Contains("diagnostic: orders/Broken.cs:3: does not parse:", output.Stdout);
        Assert.Contains("1 service, 0 findings, 1 diagnostic.", output.Stdout);
    }
}
