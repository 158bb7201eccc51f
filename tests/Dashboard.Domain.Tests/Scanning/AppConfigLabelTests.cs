using Dashboard.Domain.Scanning;

namespace Dashboard.Domain.Tests.Scanning;

public class AppConfigLabelTests
{
    [Theory]
    [InlineData(AppConfigLabel.Null, "(no label)")]
    [InlineData(null, "(dynamic)")]
    [InlineData("production", "production")]
    public void Describe_Label_ReadsForPeople(string? label, string expected)
    {
        var described = AppConfigLabel.Describe(label);

        Assert.Equal(expected, described);
    }
}
