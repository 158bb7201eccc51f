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

        var ready = await client.GetAsync("health/ready");
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

        var live = await client.GetAsync("health/live");
        var ready = await client.GetAsync("health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var report = await ready.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Unhealthy", report.GetProperty("checks")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task DemoAccountInProduction_IsRefusedWithAnExplanation()
    {
        await using var host = await DashboardTestHost.StartAsync(environment: "Production");
        using var client = host.CreateClient();

        var response = await SignInForm.PostAsync(client, "admin", DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Demo accounts are turned off in Production", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("Database:Provider", "Oracle", "Database:Provider is 'Oracle'; accepted values: Sqlite, SqlServer.")]
    [InlineData("Authentication:Mode", "Kerberos", "Authentication:Mode is 'Kerberos'; accepted values: Local, Oidc.")]
    public void InvalidSetting_RefusesToBuildNamingTheSetting(string key, string value, string expected)
    {
        var error = Assert.Throws<InvalidSettingsException>(() => DashboardHost.Build([$"--{key}={value}"]));

        Assert.Equal(expected, Assert.Single(error.Failures));
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
