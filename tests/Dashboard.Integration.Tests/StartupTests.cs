using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.TestHost;
using Dashboard.Web.Hosting;

namespace Dashboard.Integration.Tests;

public class StartupTests
{
    [Fact]
    public async Task FreshSqliteFile_IsMigratedAndSeeded_AndReady()
    {
        await using var host = await DashboardTestHost.StartAsync();
        using var client = host.CreateClient();

        var ready = await client.GetAsync("healthz/ready");
        await SignInForm.SignInAsync(client, "viewer", DemoAccounts.Password);
        var services = await client.GetFromJsonAsync<JsonElement>("api/services");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(4, services.GetArrayLength());
    }

    [Fact]
    public async Task RootAppSettings_AreInEffect()
    {
        var rootSettings = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "appsettings.json")));
        var expectedTitle = rootSettings.RootElement.GetProperty("Dashboard").GetProperty("Title").GetString()!;
        await using var host = await DashboardTestHost.StartAsync();
        using var client = host.CreateClient();

        var signInPage = await client.GetStringAsync("account/login");

        Assert.Equal(expectedTitle, host.App.Configuration["Dashboard:Title"]);
        Assert.Contains(WebUtility.HtmlEncode(expectedTitle), signInPage);
    }

    [Fact]
    public async Task DatabaseUnreachable_LiveIs200_ReadyIs503()
    {
        await using var host = await DashboardTestHost.StartAsync(new Dictionary<string, string>
        {
            ["Database:Provider"] = "SqlServer",
            // Port 1 on loopback refuses at once: a database that is down.
            ["Database:ConnectionString"] = "Server=tcp:127.0.0.1,1;Database=dashboard;User Id=sa;Password=unused;Connect Timeout=2;Encrypt=False",
        });
        using var client = host.CreateClient();

        var live = await client.GetAsync("healthz/live");
        var ready = await client.GetAsync("healthz/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var report = await ready.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Unhealthy", report.GetProperty("checks")[0].GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task DemoAccountOutsideDevelopment_IsRefusedWithAnExplanation_AndNoBannerShows(string environment)
    {
        await using var host = await DashboardTestHost.StartAsync(environment: environment);
        using var client = host.CreateClient();

        var response = await SignInForm.PostAsync(client, "admin", DemoAccounts.Password);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Demo accounts are turned off here", page);
        Assert.DoesNotContain("data-testid=\"demo-banner\"", page);
    }

    [Theory]
    [InlineData("Production", "true", "true", true)]
    [InlineData("Production", "true", "false", false)]
    [InlineData("Production", "false", "true", false)]
    [InlineData("Development", "true", "false", true)]
    public async Task DemoAccounts_SignInOnlyInDevelopmentOrWhenSeededAndEnabled_WithABanner(string environment, string seed, string enable, bool allowed)
    {
        await using var host = await DashboardTestHost.StartAsync(new Dictionary<string, string>
        {
            ["DemoWorld:Seed"] = seed,
            ["Authentication:EnableDemoAccounts"] = enable,
        }, environment);
        using var client = host.CreateClient();

        var signInPage = await client.GetStringAsync("account/login");

        Assert.Equal(allowed, signInPage.Contains("data-testid=\"demo-banner\"", StringComparison.Ordinal));
        if (seed == "true")
            Assert.Equal(allowed ? HttpStatusCode.Redirect : HttpStatusCode.OK, (await SignInForm.PostAsync(client, "admin", DemoAccounts.Password)).StatusCode);
    }

    [Theory]
    [InlineData("Database:Provider", "Oracle", "Database:Provider is 'Oracle'; accepted values: Sqlite, SqlServer.")]
    [InlineData("Authentication:Mode", "Kerberos", "Authentication:Mode is 'Kerberos'; accepted values: Local, Oidc.")]
    [InlineData("Authentication:Lockout:MaxFailedAttempts", "0", "Authentication:Lockout:MaxFailedAttempts is 0; give 1 to 100 wrong passwords in a row (default 5).")]
    [InlineData("Authentication:SignInRateLimit:WindowSeconds", "0", "Authentication:SignInRateLimit:WindowSeconds is 0; give 1 to 3600 seconds (default 60).")]
    [InlineData("Database:BusyTimeoutSeconds", "0", "Database:BusyTimeoutSeconds is 0; give 1 to 60 seconds (default 5).")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "proxy.internal", "ForwardedHeaders:KnownProxies:0 is 'proxy.internal'; give the proxy's IP address, e.g. 10.0.0.4.")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/33", "ForwardedHeaders:KnownNetworks:0 is '10.0.0.0/33'; give a network in CIDR notation, e.g. 10.0.0.0/24.")]
    [InlineData("DataProtection:CertificatePath", "/no/such/keys.pfx", "DataProtection:CertificatePath is '/no/such/keys.pfx', which is not a file; give the path of a PFX certificate with its private key.")]
    [InlineData("Azure:SignalR:ConnectionString", "Endpoint=contoso;AccessKey=x", "Azure:SignalR:ConnectionString has no Endpoint with an http(s) address; give the connection string from the resource's Keys page, e.g. Endpoint=https://<name>.service.signalr.net;AccessKey=<key>;Version=1.0; (or AuthType=azure.msi instead of AccessKey for a managed identity). Leave it empty to keep the in-process hub.")]
    public void InvalidSetting_RefusesToBuildNamingTheSetting(string key, string value, string expected)
    {
        var error = Assert.Throws<InvalidSettingsException>(() => DashboardHost.Build([$"--{key}={value}"]));

        Assert.Equal(expected, Assert.Single(error.Failures));
    }

    [Fact]
    public void AzureSignalRConnectionStringEmpty_KeepsTheInProcessHub()
    {
        var lifetimeManager = HubLifetimeManagerOf([]);

        Assert.Equal("DefaultHubLifetimeManager`1", lifetimeManager.Name);
    }

    [Fact]
    public void AzureSignalRConnectionStringSet_CircuitsGoThroughTheService()
    {
        var lifetimeManager = HubLifetimeManagerOf(["--Azure:SignalR:ConnectionString=Endpoint=https://contoso.service.signalr.net;AccessKey=a2V5;Version=1.0;"]);

        Assert.Equal("Microsoft.Azure.SignalR", lifetimeManager.Assembly.GetName().Name);
    }

    /// <summary>The hub lifetime manager the host registers last (the one resolved): in-process, or Azure SignalR Service's.</summary>
    private static Type HubLifetimeManagerOf(string[] args)
    {
        Type? registered = null;
        using var app = DashboardHost.Build(args, builder => registered = builder.Services
            .Last(d => d.ServiceType == typeof(Microsoft.AspNetCore.SignalR.HubLifetimeManager<>)).ImplementationType);
        return registered!;
    }

    [Fact]
    public void SqlServerWithoutConnectionString_IsRefused()
    {
        var error = Assert.Throws<InvalidSettingsException>(() => DashboardHost.Build(["--Database:Provider=SqlServer"]));

        Assert.StartsWith("Database:ConnectionString is required", Assert.Single(error.Failures));
    }

    [Fact]
    public void OidcWithoutItsSettings_ListsEachMissingSetting()
    {
        var error = Assert.Throws<InvalidSettingsException>(() => DashboardHost.Build(["--Authentication:Mode=Oidc"]));

        Assert.Contains(error.Failures, f => f.StartsWith("Authentication:Oidc:Authority", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Authentication:Oidc:ClientId", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Authentication:Oidc:ClientSecret", StringComparison.Ordinal));
    }

    [Fact]
    public void OidcWithAnEmptyTeamClaimType_StopsTheStartNamingTheSetting()
    {
        var error = Assert.Throws<InvalidSettingsException>(() => DashboardHost.Build(["--Authentication:Mode=Oidc", "--Authentication:Oidc:TeamClaimType= "]));

        Assert.Contains(error.Failures, f => f.StartsWith("Authentication:Oidc:TeamClaimType must name the token claim", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    public void RetiredDemoAccountSetting_StopsTheStart_NamingItsReplacement(string value)
    {
        var error = Assert.Throws<InvalidSettingsException>(() => DashboardHost.Build([$"--Authentication:AllowDemoAccountsInProduction={value}"]));

        var failure = Assert.Single(error.Failures);
        Assert.StartsWith("Authentication:AllowDemoAccountsInProduction is no longer read", failure);
        Assert.Contains("Authentication:EnableDemoAccounts", failure);
    }

    [Fact]
    public void UnconvertibleValue_IsReportedNotThrown()
    {
        var error = Assert.Throws<InvalidSettingsException>(() => DashboardHost.Build(["--Database:MigrateOnStart=perhaps"]));

        Assert.Contains("perhaps", Assert.Single(error.Failures));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dashboard.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Dashboard.sln not found above the test output folder.");
    }
}
