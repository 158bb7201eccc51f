namespace Dashboard.Cli.Tests;

// Bad command lines exit 2 with a message that names the input and says how to fix it; nothing goes to stdout.
public class ScanArgumentTests
{
    [Fact]
    public async Task Scan_WithoutFolder_Exits2NamingTheMissingArgument()
    {
        var output = await Cli.RunAsync("scan", "--json");

        Assert.Equal((ExitCodes.BadArguments, ""), (output.ExitCode, output.Stdout));
        Assert.Contains("'folder'", output.Stderr);
        Assert.Contains("dashboard scan --help", output.Stderr);
    }

    [Fact]
    public async Task Scan_UnknownOption_Exits2NamingTheOption()
    {
        var output = await Cli.RunAsync("scan", Cli.SamplesRoot, "--jsn");

        Assert.Equal((ExitCodes.BadArguments, ""), (output.ExitCode, output.Stdout));
        Assert.Contains("'--jsn'", output.Stderr);
        Assert.Contains("dashboard scan --help", output.Stderr);
    }

    [Fact]
    public async Task Scan_FolderThatDoesNotExist_Exits2NamingTheFolder()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-source-" + Guid.NewGuid().ToString("N"));

        var output = await Cli.RunAsync("scan", missing);

        Assert.Equal((ExitCodes.BadArguments, ""), (output.ExitCode, output.Stdout));
        Assert.Contains($"The source folder '{missing}' does not exist", output.Stderr);
        Assert.Contains("Pass the folder that holds the services' source", output.Stderr);
    }

    [Fact]
    public async Task Scan_CatalogThatDoesNotExist_Exits2NamingTheCatalog()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-catalog-" + Guid.NewGuid().ToString("N") + ".yaml");

        var output = await Cli.RunAsync("scan", Cli.SamplesRoot, "--catalog", missing, "--json");

        Assert.Equal((ExitCodes.BadArguments, ""), (output.ExitCode, output.Stdout));
        Assert.Contains($"The catalog '{missing}' does not exist", output.Stderr);
        Assert.Contains("catalog-info.yaml", output.Stderr);
    }

    [Fact]
    public async Task NoCommand_Exits2()
    {
        var output = await Cli.RunAsync();

        Assert.Equal(ExitCodes.BadArguments, output.ExitCode);
        Assert.Contains("dashboard --help", output.Stderr);
    }
}
