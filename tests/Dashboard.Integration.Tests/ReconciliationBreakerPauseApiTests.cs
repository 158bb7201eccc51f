using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Infrastructure.Payments;
using Dashboard.PaymentSandbox;
using Dashboard.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Integration.Tests;

/// <summary>
/// The real host with its embedded Stripe sandbox answering every read with 503: the circuit breaker opens while a run
/// classifies, and the API says the run waits for the gateway and resumes by itself.
/// </summary>
public class ReconciliationBreakerPauseApiTests(ReconciliationBreakerPauseApiTests.Host fixture) : IClassFixture<ReconciliationBreakerPauseApiTests.Host>
{
    public sealed class Host : IAsyncLifetime
    {
        public DashboardTestHost Dashboard { get; private set; } = null!;

        // Quick retries so the breaker's 20 sampled failures come within a second or two; a long break keeps the run paused.
        public async Task InitializeAsync() => Dashboard = await DashboardTestHost.StartAsync(new Dictionary<string, string>
        {
            ["PaymentGateway:RetryBaseDelayMilliseconds"] = "10",
            ["PaymentGateway:CircuitBreakSeconds"] = "300",
        });

        public async Task DisposeAsync() => await Dashboard.DisposeAsync();
    }

    [Fact]
    public async Task GetRun_BreakerOpensWhileClassifying_ShowsThePauseReasonAndThatItResumesByItself()
    {
        var sandbox = fixture.Dashboard.App.Services.GetRequiredService<EmbeddedPaymentSandbox>().Server!;
        sandbox.Faults.Add(new FaultRule(FaultRule.Error, Count: 100_000, Method: "GET", StatusCode: 503));
        using var client = fixture.Dashboard.CreateClient();
        await SignInForm.SignInAsync(client, "recon", DemoAccounts.Password);

        var created = await client.PostAsJsonAsync("api/reconciliation/runs", new { states = new[] { "authorized" }, olderThanMinutes = 15 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var run = await WaitWhileFoundAsync(client, $"api/reconciliation/runs/{id}");

        Assert.Equal("Paused", run.GetProperty("state").GetString());
        var reason = run.GetProperty("pauseReason").GetString();
        Assert.Contains("while classifying", reason);
        Assert.Contains("circuit breaker open", reason);
        Assert.Contains("resumes by itself once the gateway answers again", reason);
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
