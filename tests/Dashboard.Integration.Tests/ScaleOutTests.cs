using System.Net;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Infrastructure.Persistence;
using Dashboard.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Integration.Tests;

/// <summary>Two instances on one database, as behind a load balancer: a session made on one is valid on the other.</summary>
public sealed class ScaleOutTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dashboard-scale-out-").FullName;

    [Fact]
    public async Task SessionCookie_FromOneInstance_IsAcceptedByAnother()
    {
        var shared = new Dictionary<string, string> { ["Database:ConnectionString"] = $"Data Source={Path.Combine(_folder, "shared.db")}" };
        await using var first = await DashboardTestHost.StartAsync(shared);
        await using var second = await DashboardTestHost.StartAsync(shared);
        var cookies = new CookieContainer();
        using var firstClient = Client(first, cookies);
        await SignInForm.SignInAsync(firstClient, "viewer", DemoAccounts.Password);
        var sessionCookie = cookies.GetCookies(first.BaseAddress).Single(c => c.Name == "dashboard.session");
        var secondCookies = new CookieContainer();
        secondCookies.Add(second.BaseAddress, new Cookie(sessionCookie.Name, sessionCookie.Value));
        using var secondClient = Client(second, secondCookies);

        var response = await secondClient.GetAsync("api/services");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The keys live in the shared database, not in one machine's profile folder.
        var factory = second.App.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static HttpClient Client(DashboardTestHost host, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
}
