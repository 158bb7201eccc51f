using System.Globalization;
using System.Net;
using Dashboard.Domain.ConfigStores;
using Dashboard.SampleFleet.Fleet;
using Microsoft.Extensions.Configuration.AzureAppConfiguration;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.SampleFleet.Tests;

/// <summary>The outage, replayed: a change to a key billing-api reloads on takes every instance down for the reconnect.</summary>
[Collection(FleetCollection.Name)]
public sealed class BillingApiReloadTests(FleetFixture fixture) : IDisposable
{
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(5);

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    [Fact]
    public async Task TaxRateApplied_ToStaging_StagingBillingFailsReadinessAndCharges_ForTheReconnect_ThenRecovers()
    {
        var staging = fixture.Fleet.Service("billing-api", FleetEnvironments.Staging);
        var production = fixture.Fleet.Service("billing-api", FleetEnvironments.Production);
        await AllAnswerAsync(staging, HttpStatusCode.OK, "staging billing-api to be ready before the change");
        await AllAnswerAsync(production, HttpStatusCode.OK, "production billing-api to be ready before the change");

        await SetAsync("tax.rate.default", FleetEnvironments.Staging, NewTaxRate());
        RefreshNow(staging);
        RefreshNow(production);
        var outage = OutageOfAsync(staging.Instances[0]);
        await AllAnswerAsync(staging, HttpStatusCode.ServiceUnavailable, "every staging billing-api instance to fail readiness");
        var chargeDuringOutage = await _http.PostAsync(new Uri(staging.Instances[1].Url, "invoices/inv-1/charge"), null);
        var checkoutDuringOutage = await _http.GetAsync(new Uri(fixture.Fleet.Service("frontend", FleetEnvironments.Staging).Url, "checkout/order-1"));
        var productionDuringOutage = await StatusesAsync(production);
        await AllAnswerAsync(staging, HttpStatusCode.OK, "staging billing-api to be back after reconnecting");
        await Eventually.HoldsAsync(async () => (await _http.PostAsync(new Uri(staging.Url, "invoices/inv-2/charge"), null)).StatusCode == HttpStatusCode.OK,
            Slack, "charges through the load balancer to succeed again");

        Assert.InRange(await outage, FleetFixture.ReconnectMin - TimeSpan.FromMilliseconds(500), FleetFixture.ReconnectMax + Slack);
        Assert.Equal(HttpStatusCode.InternalServerError, chargeDuringOutage.StatusCode);
        Assert.Equal(HttpStatusCode.BadGateway, checkoutDuringOutage.StatusCode);
        Assert.All(productionDuringOutage, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task TaxRateApplied_ToStaging_TheLoadBalancerPullsEveryInstance_AndAnswers503()
    {
        var staging = fixture.Fleet.Service("billing-api", FleetEnvironments.Staging);
        await AllAnswerAsync(staging, HttpStatusCode.OK, "staging billing-api to be ready before the change");

        await SetAsync("tax.rate.default", FleetEnvironments.Staging, NewTaxRate());
        RefreshNow(staging);
        await Eventually.HoldsAsync(async () => (await _http.GetAsync(new Uri(staging.Url, "health"))).StatusCode == HttpStatusCode.ServiceUnavailable,
            FleetFixture.ReconnectMax, "the load balancer to have no billing-api instance in rotation");
        await Eventually.HoldsAsync(async () => (await _http.GetAsync(new Uri(staging.Url, "health"))).StatusCode == HttpStatusCode.OK,
            FleetFixture.ReconnectMax + Slack, "the load balancer to route to billing-api again");
        await AllAnswerAsync(staging, HttpStatusCode.OK, "every instance to be back");
    }

    [Fact]
    public async Task SelectedKeyChanged_WithoutTheSentinel_IsNotReloaded_UntilTheSentinelChanges()
    {
        var staging = fixture.Fleet.Service("billing-api", FleetEnvironments.Staging);
        var instance = staging.Instances[0];
        // Ready means no reload is still reconnecting: a refresh asked for now is not folded into one already running.
        await AllAnswerAsync(staging, HttpStatusCode.OK, "staging billing-api to be ready before the change");
        var timeout = (int.Parse(instance.App.Configuration["Billing:Gateway:TimeoutSeconds"]!, CultureInfo.InvariantCulture) % 20) + 1;

        await SetAsync("Billing:Gateway:TimeoutSeconds", FleetEnvironments.Staging, timeout.ToString(CultureInfo.InvariantCulture));
        await RefreshedAsync(instance);
        var beforeSentinel = instance.App.Configuration["Billing:Gateway:TimeoutSeconds"];
        var readyBeforeSentinel = await StatusAsync(instance);
        await SetAsync("Billing:Sentinel", FleetEnvironments.Staging, $"fleet-test-{Guid.NewGuid():N}");
        RefreshNow(instance);
        await StatusAsync(instance);
        await Eventually.HoldsAsync(() => Task.FromResult(instance.App.Configuration["Billing:Gateway:TimeoutSeconds"] == timeout.ToString(CultureInfo.InvariantCulture)),
            Slack, "the sentinel change to reload Billing:Gateway:TimeoutSeconds");
        await Eventually.HoldsAsync(async () => await StatusAsync(instance) == HttpStatusCode.OK, FleetFixture.ReconnectMax + Slack, "billing-api to reconnect");

        Assert.NotEqual(timeout.ToString(CultureInfo.InvariantCulture), beforeSentinel);
        Assert.Equal(HttpStatusCode.OK, readyBeforeSentinel);
    }

    [Fact]
    public async Task TaxRateApplied_ToStaging_InvoiceRendererReadsTheNewRate_OnItsRefresh()
    {
        var renderer = fixture.Fleet.Service("invoice-renderer", FleetEnvironments.Staging).Instances[0];
        var rate = NewTaxRate();

        await SetAsync("tax.rate.default", FleetEnvironments.Staging, rate);
        RefreshNow(renderer);
        await _http.GetAsync(new Uri(renderer.Url, "health/ready"));
        await Eventually.HoldsAsync(() => Task.FromResult(renderer.App.Configuration["tax.rate.default"] == rate), Slack,
            "invoice-renderer to read the new tax rate");

        Assert.Equal("0.08", fixture.Fleet.Service("invoice-renderer", FleetEnvironments.Production).Instances[0].App.Configuration["tax.rate.default"]);
    }

    public void Dispose() => _http.Dispose();

    // Each run sets a rate the store has not held yet, so every run is a change.
    private static string NewTaxRate() => (0.08m + (Random.Shared.Next(1, 9999) / 1_000_000m)).ToString(CultureInfo.InvariantCulture);

    private Task SetAsync(string key, string label, string value) =>
        fixture.Store.SetSettingAsync(new ConfigSettingWrite(key, label, value), ConfigWriteCondition.Always);

    // The provider checks the store on a request once its interval has passed; SetDirty makes that now.
    private static void RefreshNow(RunningService service)
    {
        foreach (var instance in service.Instances)
            RefreshNow(instance);
    }

    private static void RefreshNow(RunningInstance instance)
    {
        foreach (var refresher in instance.App.Services.GetRequiredService<IConfigurationRefresherProvider>().Refreshers)
            refresher.SetDirty(TimeSpan.Zero);
    }

    private static async Task RefreshedAsync(RunningInstance instance)
    {
        foreach (var refresher in instance.App.Services.GetRequiredService<IConfigurationRefresherProvider>().Refreshers)
        {
            refresher.SetDirty(TimeSpan.Zero);
            Assert.True(await refresher.TryRefreshAsync());
        }
    }

    // From the first failed readiness answer to the first good one after it.
    private async Task<TimeSpan> OutageOfAsync(RunningInstance instance)
    {
        await Eventually.HoldsAsync(async () => await StatusAsync(instance) == HttpStatusCode.ServiceUnavailable, Slack, $"{instance.Name} to fail readiness");
        return await Eventually.HoldsAsync(async () => await StatusAsync(instance) == HttpStatusCode.OK, FleetFixture.ReconnectMax + Slack, $"{instance.Name} to be ready again");
    }

    private async Task AllAnswerAsync(RunningService service, HttpStatusCode expected, string what) =>
        await Eventually.HoldsAsync(async () => (await StatusesAsync(service)).All(s => s == expected), FleetFixture.ReconnectMax + Slack, what);

    private async Task<HttpStatusCode[]> StatusesAsync(RunningService service) => await Task.WhenAll(service.Instances.Select(StatusAsync));

    // billing-api's readiness, which is also its liveness: /health, with the database check.
    private async Task<HttpStatusCode> StatusAsync(RunningInstance instance)
    {
        using var response = await _http.GetAsync(new Uri(instance.Url, FleetServices.BillingApi.ReadinessPath));
        return response.StatusCode;
    }
}
