using Dashboard.SampleFleet.Fleet;

namespace Dashboard.SampleFleet.Tests;

public sealed class TrafficGeneratorTests
{
    [Fact]
    public async Task Traffic_SendsRequestsAtTheRate_AndLogsOnceWhenAnEntryPointFailsAndOnceWhenItRecovers()
    {
        await using var billing = await FakeBillingApi.StartAsync();
        var logger = new CapturingLogger();
        var target = new TrafficTarget("staging", "billing-api", HttpMethod.Get, billing.Url, "invoices/invoice-{n}");

        var started = DateTimeOffset.UtcNow;
        var traffic = new TrafficGenerator([target], requestsPerSecond: 20, logger);
        await using (traffic)
        {
            await Eventually.HoldsAsync(() => Task.FromResult(billing.Calls.Count >= 5), TimeSpan.FromSeconds(5), "failing requests");
            billing.Status = 200;
            await Eventually.HoldsAsync(() => Task.FromResult(logger.Lines.Any(l => l.Contains("recovered", StringComparison.Ordinal))),
                TimeSpan.FromSeconds(5), "the recovery to be logged");
        }
        var elapsed = DateTimeOffset.UtcNow - started;

        Assert.Single(logger.Lines, l => l.Contains("is failing: 503", StringComparison.Ordinal));
        Assert.Single(logger.Lines, l => l.Contains("recovered after", StringComparison.Ordinal));
        // Never faster than the rate asked for: at most one request per tick.
        Assert.InRange(billing.Calls.Count, 6, (int)(elapsed.TotalSeconds * 20) + 1);
    }
}
