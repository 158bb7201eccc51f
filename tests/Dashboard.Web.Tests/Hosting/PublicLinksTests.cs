using Dashboard.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Tests.Hosting;

public class PublicLinksTests
{
    private static PublicLinks Links(string publicBaseUrl) => new(Options.Create(new DashboardOptions { PublicBaseUrl = publicBaseUrl }));

    [Fact]
    public void Incident_BaseUrlWithPathBase_LinksUnderThatPath()
    {
        var id = Guid.Parse("5f0c2a1e-0000-4000-8000-000000000001");

        Assert.Equal("https://contoso.com/dashboard/incidents/5f0c2a1e-0000-4000-8000-000000000001",
            Links("https://contoso.com/dashboard").Incident(id)!.AbsoluteUri);
    }

    [Fact]
    public void ConfigKey_KeyWithReservedCharacters_IsEscapedInTheQuery()
    {
        var link = Links("https://dashboard.contoso.com/").ConfigKey("contoso-shared-config", "Billing:Tax & Fees")!;

        Assert.Equal("https://dashboard.contoso.com/config-map?store=contoso-shared-config&q=Billing%3ATax%20%26%20Fees", link.AbsoluteUri);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Links_NoPublicBaseUrl_AreNoneRatherThanAGuess(string publicBaseUrl)
    {
        Assert.Null(Links(publicBaseUrl).Incident(Guid.NewGuid()));
        Assert.Null(Links(publicBaseUrl).ConfigKey("s", "k"));
    }

    [Theory]
    [InlineData("dashboard.contoso.com")]
    [InlineData("ftp://dashboard.contoso.com/")]
    [InlineData("/dashboard")]
    [InlineData("https://dashboard.contoso.com/?x=1")]
    public void Validate_NotAnAbsoluteHttpAddress_FailsInOneLineNamingTheKey(string publicBaseUrl)
    {
        var result = new DashboardOptionsValidator().Validate(null, new DashboardOptions { PublicBaseUrl = publicBaseUrl });

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith($"Dashboard:PublicBaseUrl is '{publicBaseUrl}', not an absolute http or https address", failure);
        Assert.DoesNotContain('\n', failure);
    }

    [Theory]
    [InlineData("")]
    [InlineData("https://dashboard.contoso.com")]
    [InlineData("http://10.0.0.4:8080/dashboard/")]
    public void Validate_EmptyOrAbsoluteHttpAddress_Succeeds(string publicBaseUrl)
    {
        Assert.True(new DashboardOptionsValidator().Validate(null, new DashboardOptions { PublicBaseUrl = publicBaseUrl }).Succeeded);
    }
}
