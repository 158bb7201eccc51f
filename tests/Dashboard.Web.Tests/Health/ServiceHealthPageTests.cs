using Dashboard.Application.Health;
using Dashboard.Application.Incidents;
using Dashboard.Application.Live;
using Dashboard.Domain.Health;
using Dashboard.Domain.Incidents;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace Dashboard.Web.Tests.Health;

/// <summary>The /health/{service} page over the real series store, fed through a channel live feed as the probes feed it.</summary>
public sealed class ServiceHealthPageTests : DashboardTestContext, IDisposable
{
    private readonly ChannelLiveFeed _feed = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
    private readonly HealthSeriesStore _store;

    public ServiceHealthPageTests()
    {
        _store = new HealthSeriesStore(_feed, _time, new HealthSeriesOptions());
        _store.Watch(new HealthWatchList([new WatchedEndpoint("billing-api", "production", [new Uri("http://127.0.0.1:7101")], "/health/live", "/health/ready",
            HealthThresholds.Default, ReadinessWiring.Unknown)]));
        Services.AddSingleton<ILiveFeed>(_feed);
        Services.AddSingleton(_store);
        Services.AddSingleton<TimeProvider>(_time);
        Services.AddSingleton<IChangeHistory, NoChanges>();
        Services.AddTransient<ServiceHealthViewModel>();
    }

    void IDisposable.Dispose() => _feed.Dispose();

    [Fact]
    public void Render_ChecksRun_TableShowsEachChecksResultWithAColouredChip()
    {
        _store.Apply(Checks(
            new SyntheticCheckResult("tax quote", "GET", "/api/tax/quote", 200, 200, TimeSpan.FromMilliseconds(14), null, _time.GetUtcNow()),
            new SyntheticCheckResult("invoice total", "GET", "/invoices/1", 200, null, TimeSpan.FromSeconds(5), "timed out after 5000 ms", _time.GetUtcNow())));

        var page = Render();

        var rows = page.FindAll("[data-testid=synthetic-check]");
        Assert.Equal(["invoice total", "tax quote"], rows.Select(r => r.QuerySelector("td")!.TextContent));
        Assert.Equal(["false", "true"], rows.Select(r => r.GetAttribute("data-passed")));
        Assert.Equal(["fails", "passes"], rows.Select(r => r.QuerySelector(".mud-chip")!.TextContent.Trim()));
        Assert.Contains("mud-error-text", rows[0].QuerySelector(".mud-chip svg")!.GetAttribute("class"));
        Assert.Contains("mud-success-text", rows[1].QuerySelector(".mud-chip svg")!.GetAttribute("class"));
        Assert.Equal("timed out after 5000 ms", rows[0].QuerySelector("[data-testid=synthetic-check-error]")!.TextContent);
        Assert.Contains("no answer", rows[0].TextContent);
        Assert.Contains("14 ms", rows[1].TextContent);
        Assert.Contains("+00:00", rows[1].TextContent);
        Assert.Contains("synthetic checks", page.Find("[data-testid=environment-health]").TextContent);
    }

    [Fact]
    public void Render_CheckStartsFailing_TableAndStateUpdateWithoutReload()
    {
        var page = Render();
        Assert.Single(page.FindAll("[data-testid=no-synthetic-checks]"));

        _store.Apply(Checks(new SyntheticCheckResult("tax quote", "GET", "/api/tax/quote", 200, 503, TimeSpan.FromMilliseconds(9), "expected 200", _time.GetUtcNow())));

        page.WaitForAssertion(() => Assert.Equal("503 where 200 was expected", page.Find("[data-testid=synthetic-check-error]").TextContent));
        Assert.Equal("degraded", page.Find("[data-testid=environment-health] .mud-chip").TextContent.Trim());
    }

    private IRenderedComponent<ServiceHealthPage> Render()
    {
        Render<MudPopoverProvider>();
        return Render<ServiceHealthPage>(parameters => parameters.Add(p => p.Service, "billing-api"));
    }

    private HealthSourceReading Checks(params SyntheticCheckResult[] checks)
    {
        var now = _time.GetUtcNow();
        var instance = new InstanceProbe("http://127.0.0.1:7101", new ProbeCheck(true, now, "200 in 5 ms"), new ProbeCheck(true, now, "200 in 6 ms"));
        return new(HealthSourceStatus.Ok("probes", HealthSourceKind.Probes, "probed", now),
            [new HealthObservation("billing-api", "production", [instance], []) { SyntheticChecks = checks }]);
    }

    private sealed class NoChanges : IChangeHistory
    {
        public Task<IReadOnlyList<CandidateChange>> ChangesAsync(string environment, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<CandidateChange>>([]);
    }
}
