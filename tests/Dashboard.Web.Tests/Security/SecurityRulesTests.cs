using System.Net;
using Dashboard.Domain.Access;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Hosting;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Dashboard.Web.Tests.Security;

public class SecurityRulesTests
{
    [Theory]
    [InlineData(typeof(AuditLog), new[] { Roles.Admin })]
    [InlineData(typeof(Overview), new[] { Roles.Viewer, Roles.Engineer, Roles.Approver, Roles.OnCall, Roles.ReconciliationOperator, Roles.Admin })]
    public void RolesAllowedFor_APage_AreTheRolesOfItsPolicy(Type page, string[] expected)
    {
        Assert.Equal(expected, Policies.RolesAllowedFor(page));
    }

    [Fact]
    public void RolesAllowedBy_SeveralRequirements_IsWhatSatisfiesAll()
    {
        var roles = Policies.RolesAllowedBy([new AuthorizeAttribute(Policies.For(Dashboard.Domain.Proposals.ProposalAction.RollBack)), new AuthorizeAttribute { Roles = "Admin, Viewer" }]);

        Assert.Equal([Roles.Admin], roles);
    }

    [Theory]
    [InlineData("Development", false, false, true)]
    [InlineData("Production", true, true, true)]
    [InlineData("Production", true, false, false)]
    [InlineData("Production", false, true, false)]
    [InlineData("Staging", false, false, false)]
    public void DemoAccountAccess_DevelopmentOrSeededAndEnabled(string environment, bool seed, bool enable, bool expected)
    {
        var settings = new HostSettings(new DatabaseOptions(), new AuthenticationSettings { EnableDemoAccounts = enable },
            new DemoWorldOptions { Seed = seed }, new ForwardedHeadersSettings(), new DataProtectionSettings(), new AzureSignalRSettings());

        Assert.Equal(expected, DemoAccountAccess.For(new Environment(environment), settings).Enabled);
    }

    [Fact]
    public void DemoAccountAccess_EntraIdMode_NeverOffersDemoAccounts()
    {
        var settings = new HostSettings(new DatabaseOptions(), new AuthenticationSettings { Mode = "Oidc" },
            new DemoWorldOptions(), new ForwardedHeadersSettings(), new DataProtectionSettings(), new AzureSignalRSettings());

        Assert.False(DemoAccountAccess.For(new Environment("Development"), settings).Enabled);
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void ClientAddress_PartitionKey_IsTheAddressOrItsIPv6Slash64(string address, string expected)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);

        Assert.Equal(expected, ClientAddress.PartitionKey(context));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5180/account/login?ReturnUrl=%2F", "/account/login?ReturnUrl=%2F")]
    [InlineData("http://evil.example:5180/account/login", "http://evil.example:5180/account/login")]
    [InlineData("https://login.microsoftonline.com/tenant/oauth2", "https://login.microsoftonline.com/tenant/oauth2")]
    [InlineData("/proposals?key=é", "/proposals?key=%C3%A9")]
    public void RelativeRedirects_RedirectsToItself_LeaveAsEscapedPaths(string location, string expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("127.0.0.1:5180");
        context.Response.Headers.Location = location;

        RelativeRedirectsMiddleware.MakeRelative(context);

        Assert.Equal(expected, context.Response.Headers.Location.ToString());
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Dashboard";
        public string ContentRootPath { get; set; } = "";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
