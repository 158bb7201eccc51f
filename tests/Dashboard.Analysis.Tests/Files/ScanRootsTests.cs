using Dashboard.Analysis.Files;

namespace Dashboard.Analysis.Tests.Files;

public sealed class ScanRootsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("scan-roots-").FullName;

    private string? Problem(string path) => new ScanRoots([_root]).Problem(path, "source folder", "SourceScan:Roots");

    [Fact]
    public void Problem_FolderUnderTheRoot_IsNone()
    {
        Directory.CreateDirectory(Path.Combine(_root, "api"));

        Assert.Null(Problem(Path.Combine(_root, "api")));
        Assert.Null(Problem(_root));
    }

    [Fact]
    public void Problem_SiblingWithTheRootAsPrefix_IsOutside()
    {
        var sibling = Directory.CreateDirectory(_root + "-evil").FullName;
        try
        {
            Assert.Contains("outside the folders this server scans (SourceScan:Roots", Problem(sibling));
        }
        finally
        {
            Directory.Delete(sibling);
        }
    }

    [Fact]
    public void Problem_ClimbingOutWithDotDot_IsOutside()
    {
        Assert.Contains("outside", Problem(Path.Combine(_root, "..", "..", "etc")));
    }

    [Fact]
    public void Problem_RelativePath_AsksForAnAbsoluteOne()
    {
        Assert.Contains("not an absolute path", Problem("api"));
    }

    [Fact]
    public void Problem_MissingFolder_SaysSo()
    {
        Assert.Contains("does not exist on the server", Problem(Path.Combine(_root, "missing")));
    }

    [Fact]
    public void Problem_PathThroughALink_IsRefused()
    {
        Directory.CreateDirectory(Path.Combine(_root, "real"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "link"), Path.Combine(_root, "real"));

        Assert.Contains("'" + Path.Combine(_root, "link") + "', a symbolic link or junction", Problem(Path.Combine(_root, "link")));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
