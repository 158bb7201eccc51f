using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.PaymentSandbox;
using Dashboard.TestHost;

namespace Dashboard.Integration.Tests;

/// <summary>
/// The real host against a Stripe sandbox on loopback that refuses the dashboard's key (revoked, as after a key rotation):
/// a run stops while classifying, and the API says why and what to do.
/// </summary>
public class ReconciliationPauseApiTests(ReconciliationPauseApiTests.Host fixture) : IClassFixture<ReconciliationPauseApiTests.Host>
{
    private const string RevokedKey = "sk_test_revoked_after_rotation";

    public sealed class Host : IAsyncLifetime
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("recon-pause-").FullName;
        private PaymentSandboxServer? _sandbox;

        public DashboardTestHost Dashboard { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            _sandbox = await PaymentSandboxServer.StartAsync(new PaymentSandboxOptions { DatabasePath = Path.Combine(_folder, "payment-sandbox.db") });
            Dashboard = await DashboardTestHost.StartAsync(new Dictionary<string, string>
            {
                ["PaymentGateway:EmbeddedSandbox"] = "false",
                ["PaymentGateway:ApiBase"] = _sandbox.BaseAddress.ToString(),
                ["PaymentGateway:ApiKey"] = RevokedKey,
            });
        }

        public async Task DisposeAsync()
        {
            await Dashboard.DisposeAsync();
            if (_sandbox is not null) await _sandbox.DisposeAsync();
            try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task GetRun_KeyRefusedWhileClassifying_ShowsThePauseReasonWithoutTheKey()
    {
        using var client = fixture.Dashboard.CreateClient();
        await SignInForm.SignInAsync(client, "recon", DemoAccounts.Password);

        var created = await client.PostAsJsonAsync("api/reconciliation/runs", new { states = new[] { "authorized" }, olderThanMinutes = 15 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var run = await WaitWhileFoundAsync(client, $"api/reconciliation/runs/{id}");

        Assert.Equal("Paused", run.GetProperty("state").GetString());
        var reason = run.GetProperty("pauseReason").GetString();
        Assert.Contains("while classifying", reason);
        Assert.Contains("refused the API key (401)", reason);
        Assert.Contains("Fix that, then resume", reason);
        Assert.Contains("nothing was changed", reason);
        Assert.DoesNotContain(RevokedKey, run.GetRawText());
    }

    private static async Task<JsonElement> WaitWhileFoundAsync(HttpClient client, string path)
    {
        var deadline = DateTimeOffset.UtcNow.AddMinutes(2);
        while (true)
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var run = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (run.GetProperty("state").GetString() != "Found" || DateTimeOffset.UtcNow > deadline) return run;
            await Task.Delay(250);
        }
    }
}
