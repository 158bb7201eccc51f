using Dashboard.Analysis.Catalog;

namespace Dashboard.Analysis.Tests.Catalog;

// Hostile catalog files: each is refused with a diagnostic naming its line, and the other files still import.
public class BoundedYamlTests
{
    private const string Valid = """
        kind: Component
        metadata:
          name: billing-api
        spec:
          owner: payments
        """;

    public static string NestedBrackets(int bytes) => "description: " + new string('[', bytes / 2) + new string(']', bytes / 2) + "\n";

    public const string BillionLaughs = """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        """;

    public const string DuplicateTaggedKeys = """
        kind: Component
        metadata:
          name: twice
          !!str name: again
        spec:
          owner: payments
        """;

    [Fact]
    public void Read_SixtyKilobytesOfNestedBrackets_IsRefusedNamingTheDepthAndLine()
    {
        var import = BackstageCatalogReader.Read([("deep.yaml", NestedBrackets(60 * 1024)), ("ok.yaml", Valid)]);

        var diagnostic = Assert.Single(import.Diagnostics);
        Assert.Equal(("deep.yaml", 1), (diagnostic.File, diagnostic.Line));
        Assert.Contains("nests deeper than 64 levels", diagnostic.Message);
        Assert.NotNull(import.Catalog.FindService("billing-api"));
    }

    [Fact]
    public void Read_NestingWithinTheLimit_IsRead()
    {
        var nested = Valid + "\n  extra: " + new string('[', 30) + new string(']', 30) + "\n";

        var import = BackstageCatalogReader.Read([("ok.yaml", nested)]);

        Assert.Empty(import.Diagnostics);
        Assert.NotNull(import.Catalog.FindService("billing-api"));
    }

    [Fact]
    public void Read_BillionLaughs_IsRefusedAsAnAliasBomb()
    {
        var import = BackstageCatalogReader.Read([("laughs.yaml", BillionLaughs)]);

        var diagnostic = Assert.Single(import.Diagnostics);
        Assert.Contains("alias bomb", diagnostic.Message);
        Assert.InRange(diagnostic.Line!.Value, 5, 9);
    }

    [Fact]
    public void Read_AFewAliases_AreRead()
    {
        const string yaml = """
            kind: Component
            metadata:
              name: billing-api
              annotations: &shared
                dashboard/source-path: billing
            spec:
              owner: payments
              copy: *shared
            """;

        var import = BackstageCatalogReader.Read([("ok.yaml", yaml)]);

        Assert.Empty(import.Diagnostics);
        Assert.Equal("billing", import.SourcePaths["billing-api"]);
    }

    [Fact]
    public void Read_DuplicateTaggedKey_IsADiagnosticNotAnException()
    {
        var import = BackstageCatalogReader.Read([("twice.yaml", DuplicateTaggedKeys), ("ok.yaml", Valid)]);

        var diagnostic = Assert.Single(import.Diagnostics);
        Assert.Equal(("twice.yaml", 4), (diagnostic.File, diagnostic.Line));
        Assert.Contains("gives the key 'name' twice", diagnostic.Message);
        Assert.Null(import.Catalog.FindService("twice"));
        Assert.NotNull(import.Catalog.FindService("billing-api"));
    }

    [Fact]
    public void Read_DuplicateTaggedAnnotation_IsRefusedNamingItsLine()
    {
        const string yaml = """
            kind: Component
            metadata:
              name: billing-api
              annotations:
                dashboard/source-path: billing
                !!str dashboard/source-path: elsewhere
            spec:
              owner: payments
            """;

        var import = BackstageCatalogReader.Read([("ok.yaml", yaml)]);

        var diagnostic = Assert.Single(import.Diagnostics);
        Assert.Equal(6, diagnostic.Line);
        Assert.Contains("'dashboard/source-path' twice", diagnostic.Message);
    }

    [Fact]
    public void Read_TooManyDocuments_IsRefusedNamingTheLimit()
    {
        var yaml = string.Concat(Enumerable.Repeat("---\na: 1\n", 5));

        var import = BackstageCatalogReader.Read([("many.yaml", yaml)], known: null, new YamlLimits { MaxDocuments = 3 });

        var diagnostic = Assert.Single(import.Diagnostics);
        Assert.Contains("more than 3 YAML documents", diagnostic.Message);
        Assert.Equal(7, diagnostic.Line);
    }

    [Fact]
    public void Read_LongScalar_IsRefusedNamingTheLine()
    {
        var yaml = Valid + "\n  blob: " + new string('x', 70 * 1024) + "\n";

        var import = BackstageCatalogReader.Read([("long.yaml", yaml)]);

        var diagnostic = Assert.Single(import.Diagnostics);
        Assert.Contains("longer than 64 KB", diagnostic.Message);
        Assert.Equal(6, diagnostic.Line);
    }

    [Fact]
    public void ReadPath_FolderWithSymlinkLoopAndOversizedFile_ReadsTheRestAndReportsBoth()
    {
        var root = Directory.CreateTempSubdirectory("catalog-tree-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, "catalog-info.yaml"), Valid);
            Directory.CreateDirectory(Path.Combine(root, "team"));
            Directory.CreateSymbolicLink(Path.Combine(root, "team", "loop"), root);
            File.WriteAllText(Path.Combine(root, "huge.yaml"), new string('#', 2048));

            var import = BackstageCatalogReader.ReadPath(root, new YamlLimits { MaxFileBytes = 1024 }, CancellationToken.None);

            Assert.NotNull(import.Catalog.FindService("billing-api"));
            Assert.Contains(import.Diagnostics, d => d.File.EndsWith("team/loop", StringComparison.Ordinal) && d.Message.Contains("not followed"));
            Assert.Contains(import.Diagnostics, d => d.File.EndsWith("huge.yaml", StringComparison.Ordinal) && d.Message.Contains("limit per file"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
