using Dashboard.Web.Security;

namespace Dashboard.Web.Tests.Security;

public class LogTextTests
{
    [Theory]
    [InlineData("engineer", "engineer")]
    [InlineData("  Alex.Admin@Contoso.com ", "alex.admin@contoso.com")]
    [InlineData("admin\r\nWarning forged line", "(not a user name, 26 characters, not logged)")]
    [InlineData("correct horse battery staple", "(not a user name, 28 characters, not logged)")]
    [InlineData("", "(not a user name, 0 characters, not logged)")]
    public void UserName_LogsOnlyWhatLooksLikeAUserName(string typed, string expected)
    {
        Assert.Equal(expected, LogText.UserName(typed));
    }

    [Fact]
    public void UserName_LongerThanAnyUserName_IsNotLogged()
    {
        Assert.StartsWith("(not a user name, 65 characters", LogText.UserName(new string('a', 65)));
    }

    [Fact]
    public void Sanitize_EscapesControlAndBidirectionalCharacters_AndCapsTheLength()
    {
        Assert.Equal("a\\u000D\\u000Ab\\u202Ec", LogText.Sanitize("a\r\nb\u202Ec"));
        Assert.Equal(new string('x', 64) + "…(100 characters)", LogText.Sanitize(new string('x', 100)));
        Assert.Equal("(none)", LogText.Sanitize(null));
    }
}
