using Dashboard.Infrastructure.Scanning;

namespace Dashboard.Infrastructure.Tests.Scanning;

public class SourceScanOptionsValidatorTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "sources");

    private static string? Failure(SourceScanOptions options)
    {
        var result = new SourceScanOptionsValidator().Validate(null, options);
        return result.Failed ? result.FailureMessage : null;
    }

    [Fact]
    public void Validate_Defaults_Pass()
    {
        Assert.Null(Failure(new SourceScanOptions()));
    }

    [Fact]
    public void Validate_RootUnderTheRoots_Passes()
    {
        Assert.Null(Failure(new SourceScanOptions { Root = Path.Combine(Root, "fleet"), Roots = [Root] }));
    }

    [Theory]
    [InlineData("relative/folder", "SourceScan:Roots:0 must be an absolute folder")]
    [InlineData("", "SourceScan:Roots:0 must be an absolute folder")]
    public void Validate_RootThatIsNotAbsolute_NamesTheKey(string root, string expected)
    {
        Assert.Contains(expected, Failure(new SourceScanOptions { Roots = [root] }));
    }

    [Fact]
    public void Validate_RootOutsideTheRoots_NamesBothSettings()
    {
        var failure = Failure(new SourceScanOptions { Root = "/srv/other", Roots = [Root] });

        Assert.Contains("SourceScan:Root '/srv/other' is not under any of SourceScan:Roots", failure);
    }

    [Theory]
    [InlineData(0, 100, 10, "SourceScan:MaxFileBytes must be more than 0")]
    [InlineData(100, 10, 10, "SourceScan:MaxTotalBytes must be at least SourceScan:MaxFileBytes")]
    [InlineData(100, 100, 0, "SourceScan:TimeLimitSeconds must be between 1 and 3600")]
    public void Validate_LimitOutOfRange_NamesTheKey(long maxFile, long maxTotal, int seconds, string expected)
    {
        var failure = Failure(new SourceScanOptions { MaxFileBytes = maxFile, MaxTotalBytes = maxTotal, TimeLimitSeconds = seconds });

        Assert.Contains(expected, failure);
    }
}
