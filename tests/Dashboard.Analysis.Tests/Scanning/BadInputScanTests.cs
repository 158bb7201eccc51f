using System.Text;
using Dashboard.Analysis.Files;
using Dashboard.Analysis.Scanning;

namespace Dashboard.Analysis.Tests.Scanning;

// Input no one should write: each problem is a diagnostic with its file and line, the rest is scanned, nothing crashes.
public class BadInputScanTests
{
    private const string ReadsTaxRate = "var rate = configuration[\"Tax:Rate\"];";

    private readonly SourceScanner _scanner = new();

    [Theory]
    [InlineData("parentheses", "object M() => {0}1{1};", "(", ")")]
    [InlineData("generics", "A{0} f;", "<A", ">")]
    [InlineData("interpolation", "string M() => {0}1{1};", "$\"{", "}\"")]
    [InlineData("patterns", "bool M(int x) => x is {0}1;", "not ", "")]
    [InlineData("tuples", "void M() {{ var {0}a{1} = 1; }}", "(", ")")]
    [InlineData("arrays", "object M() => new[] {0}1{1};", "{", "}")]
    public async Task ScanSourcesAsync_NestingNoCompilerSurvives_IsLeftOutAndTheRestScanned(string shape, string member, string open, string close)
    {
        _ = shape;
        var deep = string.Format(System.Globalization.CultureInfo.InvariantCulture, member,
            string.Concat(Enumerable.Repeat(open, 100_000)), string.Concat(Enumerable.Repeat(close, 100_000)));
        var code = $"public class Deep\n{{\n    {deep}\n    string Rate(IConfiguration configuration) => configuration[\"Tax:Rate\"];\n}}\n";

        var result = await ServiceSnippets.ScanResultAsync(code);

        Assert.Equal(("Tax:Rate", 4), (Assert.Single(Assert.Single(result.Services).Reads).Key, result.Services[0].Reads[0].Line));
        Assert.Contains(result.Diagnostics, d => d.File == ServiceSnippets.FileName(1) && d.Line == 3 && d.Message.Contains("left out"));
    }

    [Fact]
    public async Task ScanSourcesAsync_HugeExpression_IsScanned()
    {
        var huge = "const string Big = " + string.Join(" + ", Enumerable.Repeat("\"a\"", 20_000)) + ";";
        var code = $"public class Big\n{{\n    {huge}\n    string Rate(IConfiguration configuration) => configuration[\"Tax:Rate\"];\n}}\n";

        var result = await ServiceSnippets.ScanResultAsync(code);

        Assert.Equal(["Tax:Rate"], Assert.Single(result.Services).Reads.Select(r => r.Key));
    }

    [Fact]
    public async Task ScanAsync_InvalidUtf8_IsReportedWithItsLineAndTheFileScanned()
    {
        using var folder = new TempSourceFolder().WithProject("api/api.csproj");
        var bytes = Encoding.UTF8.GetBytes("// header\n// caf\u00e9\n// caf").Concat(new byte[] { 0xC3, 0x28, 0x0A }).Concat(Encoding.UTF8.GetBytes(ReadsTaxRate + "\n")).ToArray();
        await File.WriteAllBytesAsync(Path.Combine(folder.Root, "api", "Program.cs"), bytes);

        var result = await _scanner.ScanAsync(folder.Root, null, CancellationToken.None);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("api/Program.cs", 3), (diagnostic.File, diagnostic.Line));
        Assert.Contains("not valid UTF-8", diagnostic.Message);
        Assert.Equal(["Tax:Rate"], Assert.Single(result.Services).Reads.Select(r => r.Key));
    }

    [Fact]
    public async Task ScanAsync_SymlinkLoopAndLinkedFile_AreReportedNotFollowed()
    {
        using var folder = new TempSourceFolder().WithProject("api/api.csproj").With("api/Program.cs", ReadsTaxRate);
        Directory.CreateSymbolicLink(Path.Combine(folder.Root, "api", "loop"), folder.Root);
        File.CreateSymbolicLink(Path.Combine(folder.Root, "api", "Passwords.cs"), "/etc/passwd");

        var result = await _scanner.ScanAsync(folder.Root, null, CancellationToken.None);

        Assert.Equal(["api/Passwords.cs", "api/loop"], result.Diagnostics.Select(d => d.File));
        Assert.All(result.Diagnostics, d => Assert.Contains("not followed", d.Message));
        Assert.Equal(["Tax:Rate"], Assert.Single(result.Services).Reads.Select(r => r.Key));
    }

    [Fact]
    public async Task ScanAsync_FileOverTheLimit_IsReportedAndNotRead()
    {
        using var folder = new TempSourceFolder().WithProject("api/api.csproj").With("api/Program.cs", ReadsTaxRate)
            .With("api/Generated.cs", "// " + new string('x', 4096) + "\nvar x = configuration[\"Generated:Key\"];");

        var result = await _scanner.ScanAsync(folder.Root, null, new FileTreeLimits { MaxFileBytes = 1024 }, CancellationToken.None);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("api/Generated.cs", diagnostic.File);
        Assert.Contains("over the 1 KB limit per file", diagnostic.Message);
        Assert.Equal(["Tax:Rate"], Assert.Single(result.Services).Reads.Select(r => r.Key));
    }

    [Fact]
    public async Task ScanAsync_TreeOverTheTotalLimit_IsRefusedNamingTheLimit()
    {
        using var folder = new TempSourceFolder().WithProject("api/api.csproj").With("api/A.cs", new string('/', 600)).With("api/B.cs", new string('/', 600));

        var error = await Assert.ThrowsAsync<FileTreeLimitException>(
            () => _scanner.ScanAsync(folder.Root, null, new FileTreeLimits { MaxTotalBytes = 1000 }, CancellationToken.None));

        Assert.Equal("total size", error.Limit);
        Assert.Contains("1000 B", error.Message.Replace("1 KB", "1000 B", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScanAsync_SourceOutsideEveryProject_IsReported()
    {
        using var folder = new TempSourceFolder().WithProject("api/api.csproj").With("api/Program.cs", ReadsTaxRate)
            .With("scripts/Seed.cs", ReadsTaxRate).With("scripts/Clean.cs", ReadsTaxRate);

        var result = await _scanner.ScanAsync(folder.Root, null, CancellationToken.None);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("scripts", diagnostic.File);
        Assert.Contains("2 source files are outside every service (Clean.cs, Seed.cs)", diagnostic.Message);
    }

    [Fact]
    public async Task ScanAsync_Diagnostics_AreSortedByFileThenLine()
    {
        using var folder = new TempSourceFolder().WithProject("api/api.csproj")
            .With("api/B.cs", "class B { void M() { configuration.GetSection(x).Select(); } }\nclass C {")
            .With("api/A.cs", "\n\nclass A {");

        var result = await _scanner.ScanAsync(folder.Root, null, CancellationToken.None);

        Assert.Equal(result.Diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line), result.Diagnostics);
        Assert.Equal("api/A.cs", result.Diagnostics[0].File);
    }

    [Fact]
    public void Read_UnreadableFile_IsAProblemNotAnException()
    {
        var folder = Directory.CreateTempSubdirectory("unreadable-");
        try
        {
            // Opening a folder as a file fails the way an unreadable file does.
            var read = SourceFileReader.Read("api/Locked.cs", folder.FullName, 1024, CancellationToken.None);

            Assert.Null(read.Text);
            Assert.Equal("api/Locked.cs", read.Problem!.File);
            Assert.Contains("could not be read", read.Problem.Message);
        }
        finally
        {
            folder.Delete();
        }
    }
}
