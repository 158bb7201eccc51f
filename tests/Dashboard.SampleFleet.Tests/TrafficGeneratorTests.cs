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

        var traffic = new TrafficGenerator([target], requestsPerSecond: 20, logger);
        await using (traffic)
        {
            await Eventually.HoldsAsync(() => Task.FromResult(billing.Calls.Count >= 5), TimeSpan.FromSeconds(5), "failing requests");
            billing.Status = 200;
            await Eventually.HoldsAsync(() => Task.FromResult(logger.Lines.Any(l => l.Contains("recovered", StringComparison.Ordinal))),
                TimeSpan.FromSeconds(5), "the recovery to be logged");
        }

        Assert.Single(logger.Lines, l => l.Contains("is failing: 503", StringComparison.Ordinal));
        Assert.Single(logger.Lines, l => l.Contains("recovered after", StringComparison.Ordinal));
        Assert.InRange(billing.Calls[^1] - billing.Calls[0], TimeSpan.FromSeconds((billing.Calls.Count - 1) / 20.0 * 0.8), TimeSpan.FromSeconds(10));
    }
}
