using System.Net;
using Dashboard.Analysis.Scanning;
using Dashboard.Domain.Scanning;
using Dashboard.Infrastructure.DemoWorld;

namespace Dashboard.SampleFleet.Tests;

/// <summary>How the callers of billing-api retry when it fails: frontend at once, order-processing with backoff.</summary>
public sealed class RetryBehaviourTests(DashboardStoreFixture store) : IClassFixture<DashboardStoreFixture>
{
    private static readonly TimeSpan NoDelay = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Checkout_BillingFails_FrontendCallsItFourTimesAtOnce_AndAnswers502()
    {
        await using var billing = await FakeBillingApi.StartAsync();
        var frontend = await ServiceHost.StartAsync(Frontend.Program.Build, new Dictionary<string, string> { ["Services:BillingApi"] = billing.Url.ToString() });
        await using var _ = frontend;
        using var http = new HttpClient();

        using var checkout = await http.GetAsync(new Uri(new Uri(frontend.Urls.First()), "checkout/order-7"));

        Assert.Equal(HttpStatusCode.BadGateway, checkout.StatusCode);
        Assert.Equal(4, billing.Calls.Count);
        Assert.True(billing.Calls[^1] - billing.Calls[0] < NoDelay, $"The retries took {(billing.Calls[^1] - billing.Calls[0]).TotalMilliseconds:0} ms: they should not wait.");
    }

    [Fact]
    public async Task Checkout_BillingAnswers_FrontendCallsItOnce()
    {
        await using var billing = await FakeBillingApi.StartAsync();
        billing.Status = 200;
        var frontend = await ServiceHost.StartAsync(Frontend.Program.Build, new Dictionary<string, string> { ["Services:BillingApi"] = billing.Url.ToString() });
        await using var _ = frontend;
        using var http = new HttpClient();

        using var checkout = await http.GetAsync(new Uri(new Uri(frontend.Urls.First()), "checkout/order-8"));

        Assert.Equal(HttpStatusCode.OK, checkout.StatusCode);
        Assert.Single(billing.Calls);
    }

    [Fact]
    public async Task Checkout_BillingFails_FrontendCallsItAsOftenAsTheScanSays()
    {
        var scan = await new SourceScanner().ScanAsync(Path.Combine(AppContext.BaseDirectory, "DemoWorld", "Sources"), null, CancellationToken.None);
        var retry = Assert.Single(scan.Services.Single(s => s.Name == "frontend").HttpClients);
        await using var billing = await FakeBillingApi.StartAsync();
        var frontend = await ServiceHost.StartAsync(Frontend.Program.Build, new Dictionary<string, string> { ["Services:BillingApi"] = billing.Url.ToString() });
        await using var _ = frontend;
        using var http = new HttpClient();

        await http.GetAsync(new Uri(new Uri(frontend.Urls.First()), "checkout/order-9"));

        Assert.Equal((HttpRetryKind.Immediate, DemoCatalogRetries("frontend")), (retry.Retry, retry.Attempts));
        Assert.Equal(retry.Attempts + 1, billing.Calls.Count);
    }

    [Fact]
    public async Task Fulfil_BillingFails_OrderProcessingBacksOffBetweenRetries()
    {
        await using var billing = await FakeBillingApi.StartAsync();
        var orders = await ServiceHost.StartAsync(Order.Processing.Program.Build, new Dictionary<string, string>
        {
            ["AppConfig:ConnectionString"] = store.ConnectionString,
            ["Services:BillingApi"] = billing.Url.ToString(),
            ["ConnectionStrings:Orders"] = "Server=tcp:orders-sql",
        });
        await using var _ = orders;
        using var http = new HttpClient();
        using var stop = new CancellationTokenSource();

        var fulfil = http.PostAsync(new Uri(new Uri(orders.Urls.First()), "orders/order-10/fulfil"), null, stop.Token);
        await Eventually.HoldsAsync(() => Task.FromResult(billing.Calls.Count >= 3), TimeSpan.FromSeconds(20), "order-processing to retry twice");
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fulfil);

        // With jitter one delay can be short, but two exponential delays from a 2 s median add up to at least 2.7 s.
        var twoRetries = billing.Calls[2] - billing.Calls[0];
        Assert.True(twoRetries >= TimeSpan.FromSeconds(2), $"order-processing retried twice within {twoRetries.TotalMilliseconds:0} ms; its resilience handler backs off.");
    }

    private static int DemoCatalogRetries(string service) =>
        DemoCatalog.Build().DependenciesOf(service).Single(d => d.Target == "billing-api").Retry.Attempts;
}
