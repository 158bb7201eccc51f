using Dashboard.Web.Security;

namespace Dashboard.Web.Tests.Security;

public class ReturnUrlsTests
{
    [Theory]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("/proposals?state=Draft", "/proposals?state=Draft")]
    [InlineData("/config-map#key", "/config-map#key")]
    [InlineData("/proposals?key=tax.rate.défault", "/proposals?key=tax.rate.d%C3%A9fault")]
    [InlineData("/ü", "/%C3%BC")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("proposals", "/")]
    [InlineData("javascript:alert(1)", "/")]
    public void LocalOrRoot_KeepsOnlyLocalPaths_EscapedToAscii(string? returnUrl, string expected)
    {
        Assert.Equal(expected, ReturnUrls.LocalOrRoot(returnUrl));
    }

    [Theory]
    [InlineData("/a\r\nSet-Cookie: x=y")]
    [InlineData("/a\0b")]
    [InlineData("/\u202Eevil")]
    public void LocalOrRoot_ControlAndBidirectionalCharacters_NeverReachTheHeader(string returnUrl)
    {
        var local = ReturnUrls.LocalOrRoot(returnUrl);

        Assert.StartsWith("/", local);
        Assert.All(local, c => Assert.InRange(c, '!', '~'));
    }

    [Fact]
    public void LocalOrRoot_LongerThanTheLimit_IsTheOverview()
    {
        Assert.Equal("/", ReturnUrls.LocalOrRoot("/" + new string('a', 3000)));
    }
}
