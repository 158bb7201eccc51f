using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Infrastructure.Persistence;
using Dashboard.TestHost;
using Dashboard.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dashboard.Integration.Tests;

public class HostHardeningTests
{
    private const string SessionCookieValue = "copied-session-cookie-value";
    private const string SecretHeaderValue = "a-header-value-that-must-not-come-back";

    [Theory]
    [InlineData("Development", true)]
    [InlineData("Production", false)]
    public async Task UnhandledError_IsProblemDetails_NeverEchoingHeadersOrCookies(string environment, bool showsTheMessage)
    {
        await using var host = await DashboardTestHost.StartAsync(environment: environment, map: MapThrowingEndpoint);
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "test/throw");
        request.Headers.Add("Cookie", $"dashboard.session={SessionCookieValue}");
        request.Headers.Add("X-Probe", SecretHeaderValue);

        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(SessionCookieValue, body);
        Assert.DoesNotContain(SecretHeaderValue, body);
        Assert.DoesNotContain("X-Probe", body);
        Assert.DoesNotContain("   at ", body);
        Assert.Equal(showsTheMessage, body.Contains("the test endpoint failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LockedSqliteDatabase_AnswersQuicklyWith503SayingItIsBusy_AndSavesNothing()
    {
        await using var host = await DashboardTestHost.StartAsync(new Dictionary<string, string> { ["Database:BusyTimeoutSeconds"] = "1" });
        using var engineer = host.CreateClient();
        await SignInForm.SignInAsync(engineer, "engineer", DemoAccounts.Password);
        var connectionString = host.App.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ResolveConnectionString();
        await using var holder = new SqliteConnection(connectionString + ";Pooling=False");
        await holder.OpenAsync();
        // Another writer holds the write lock (reads still work in WAL mode).
        await using var transaction = await holder.BeginTransactionAsync();

        var clock = Stopwatch.StartNew();
        var response = await engineer.PostAsJsonAsync("api/proposals",
            new { store = DemoCatalog.SharedStore, key = "tax.rate.default", value = "0.0825", reason = "2027 rules" });
        clock.Stop();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("5", response.Headers.GetValues("Retry-After").Single());
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The database is busy", problem.GetProperty("title").GetString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(25), $"answered after {clock.Elapsed}; the driver's default waits 30 s");
        await transaction.RollbackAsync();
        var proposals = await engineer.GetFromJsonAsync<JsonElement>("api/proposals");
        Assert.Equal(0, proposals.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task UnknownHost_Is400_AndRedirectsNeverNameTheHostSent()
    {
        await using var host = await DashboardTestHost.StartAsync();
        using var client = host.CreateClient();
        using var evil = new HttpRequestMessage(HttpMethod.Get, "");
        evil.Headers.Host = "evil.example";

        var refused = await client.SendAsync(evil);
        var redirect = await client.GetAsync("proposals?state=Draft");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/account/login?ReturnUrl=%2Fproposals%3Fstate%3DDraft", redirect.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("healthz/live")).StatusCode);
    }

    [Fact]
    public async Task BehindAConfiguredTlsProxy_CookiesAreSecure_AndHstsIsSent()
    {
        await using var host = await DashboardTestHost.StartAsync(new Dictionary<string, string>
        {
            ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
            ["AllowedHosts"] = "dashboard.example.com;127.0.0.1",
        }, environment: "Production");
        using var client = host.CreateClient();

        var viaProxy = await client.SendAsync(SignInPage(forwardedProto: "https"));
        var direct = await client.SendAsync(SignInPage(forwardedProto: null));

        Assert.Contains("max-age=31536000", viaProxy.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.All(viaProxy.Headers.GetValues("Set-Cookie"), cookie => Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase));
        Assert.False(direct.Headers.Contains("Strict-Transport-Security"));
        Assert.All(direct.Headers.GetValues("Set-Cookie"), cookie => Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ForwardedHeaders_FromAnUnconfiguredClient_AreIgnored()
    {
        await using var host = await DashboardTestHost.StartAsync(environment: "Production",
            settings: new Dictionary<string, string> { ["AllowedHosts"] = "dashboard.example.com;127.0.0.1" });
        using var client = host.CreateClient();

        var response = await client.SendAsync(SignInPage(forwardedProto: "https"));

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.All(response.Headers.GetValues("Set-Cookie"), cookie => Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SignInRateLimit_CountsTheForwardedClient_OnlyFromAConfiguredProxy()
    {
        var limitOfTwo = new Dictionary<string, string>
        {
            ["Authentication:SignInRateLimit:PermitLimit"] = "2",
            ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
        };
        await using var host = await DashboardTestHost.StartAsync(limitOfTwo);
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        await SignInForm.PostAsync(client, "guess", "one");
        await SignInForm.PostAsync(client, "guess", "two");
        var thirdFromTheSameClient = await SignInForm.PostAsync(client, "guess", "three");
        client.DefaultRequestHeaders.Remove("X-Forwarded-For");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.8");

        var fromAnotherClient = await SignInForm.PostAsync(client, "guess", "four");

        Assert.Equal(HttpStatusCode.TooManyRequests, thirdFromTheSameClient.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fromAnotherClient.StatusCode);
    }

    [Fact]
    public async Task DataProtectionCertificate_EncryptsTheStoredKeys_AndTheyStillDecrypt()
    {
        var folder = Directory.CreateTempSubdirectory("dashboard-dp-");
        try
        {
            var path = Path.Combine(folder.FullName, "keys.pfx");
            await File.WriteAllBytesAsync(path, SelfSignedPfx("pfx-password"));
            var logs = new LogCapture();
            await using var host = await DashboardTestHost.StartAsync(new Dictionary<string, string>
            {
                ["DataProtection:CertificatePath"] = path,
                ["DataProtection:CertificatePassword"] = "pfx-password",
            }, configure: logs.AddTo);
            using var client = host.CreateClient();
            await SignInForm.SignInAsync(client, "viewer", DemoAccounts.Password);

            var stored = await StoredKeysAsync(host);

            Assert.NotEmpty(stored);
            Assert.All(stored, xml => Assert.Contains("encryptedSecret", xml));
            Assert.All(stored, xml => Assert.DoesNotContain("unencrypted form", xml));
            Assert.NotNull(host.App.Services.GetRequiredService<IKeyManager>().GetAllKeys().First().Descriptor);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("api/services")).StatusCode);
            Assert.DoesNotContain(logs.Lines, l => l.Contains(DataProtectionSetup.UnencryptedWarning, StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task NoDataProtectionCertificate_WarnsAtStart()
    {
        var logs = new LogCapture();
        await using var host = await DashboardTestHost.StartAsync(configure: logs.AddTo);

        Assert.Contains(logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains(DataProtectionSetup.UnencryptedWarning, StringComparison.Ordinal));
    }

    private static void MapThrowingEndpoint(WebApplication app) =>
        app.MapGet("/test/throw", IResult () => throw new InvalidOperationException("the test endpoint failed")).AllowAnonymous();

    private static HttpRequestMessage SignInPage(string? forwardedProto)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "account/login");
        request.Headers.Host = "dashboard.example.com";
        if (forwardedProto is not null) request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        return request;
    }

    private static byte[] SelfSignedPfx(string password)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=dashboard-data-protection", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return certificate.Export(X509ContentType.Pfx, password);
    }

    private static async Task<List<string>> StoredKeysAsync(DashboardTestHost host)
    {
        await using var db = await host.App.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        return await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
    }
}
