using Dashboard.Application.Health;
using Dashboard.Domain.Health;
using Dashboard.Domain.Scanning;
using Dashboard.Infrastructure.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Tests.Health;

public sealed class ProbeHealthSourceTests : IAsyncLifetime
{
    private LoopbackServer _ready = null!;
    private LoopbackServer _pulled = null!;
    private Uri _down = null!;
    private readonly ProbeRunner _runner = new(new ProbeRunnerOptions { Timeout = TimeSpan.FromSeconds(20) }, TimeProvider.System);

    public async Task InitializeAsync()
    {
        _ready = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/health/live", () => "Healthy");
            app.MapGet("/health/ready", () => "Healthy");
            app.MapGet("/api/tax/quote", () => Results.Json(new { rate = 0.08 }));
        });
        _pulled = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/health/live", () => "Healthy");
            app.MapGet("/health/ready", () => Results.Text("Unhealthy", statusCode: 503));
            app.MapGet("/api/tax/quote", () => Results.StatusCode(500));
        });
        _down = await LoopbackServer.ClosedPortAsync();
    }

    public async Task DisposeAsync()
    {
        _runner.Dispose();
        await _ready.DisposeAsync();
        await _pulled.DisposeAsync();
    }

    private static ProbeHealthSource Source(ProbeRunner runner, params SyntheticCheckOptions[] checks) =>
        new(runner, Options.Create(new HealthOptions { Probes = new ProbeOptions { SyntheticChecks = [.. checks] } }), TimeProvider.System);

    private static HealthWatchList Watch(ReadinessWiring wiring, params Uri[] instances) =>
        new([new WatchedEndpoint("billing-api", "production", instances, "/health/live", "/health/ready", HealthThresholds.Default, wiring)]);

    [Fact]
    public async Task ReadAsync_ThreeInstances_ReportsEachInstanceAndTheSyntheticMinuteOfTheAnsweringOnes()
    {
        var source = Source(_runner, new SyntheticCheckOptions { Service = "billing-api", Path = "/api/tax/quote" });

        var reading = await source.ReadAsync(Watch(ReadinessWiring.Unknown, _ready.Address, _pulled.Address, _down), CancellationToken.None);

        Assert.Equal(HealthSourceCondition.Ok, reading.Status.Condition);
        Assert.Matches(@"^8 probes of 1 services in [\d.]+ s, 4 failing$", reading.Status.Message);
        var observation = Assert.Single(reading.Observations);
        var byInstance = observation.Instances.ToDictionary(i => i.Instance);
        Assert.True(byInstance[_ready.Address.AbsoluteUri].Readiness!.Passed);
        Assert.StartsWith("503 in", byInstance[_pulled.Address.AbsoluteUri].Readiness!.Detail);
        Assert.Equal("connection refused", byInstance[_down.AbsoluteUri].Liveness!.Detail);
        // The check ran on the two instances that answered liveness: it passed on one and failed on the pulled one.
        var minute = Assert.Single(observation.Requests);
        Assert.Equal((2, 1, 0), (minute.Requests, minute.ServerErrors, minute.ClientErrors));
        Assert.False(Assert.Single(observation.SyntheticChecks).Passed);
    }

    [Fact]
    public async Task ReadAsync_CheckPassesOnOneInstanceAndFailsOnAnother_KeepsTheFailureUnderTheCheckName()
    {
        var source = Source(_runner, new SyntheticCheckOptions { Service = "billing-api", Name = "tax quote", Path = "/api/tax/quote" });

        var reading = await source.ReadAsync(Watch(ReadinessWiring.Unknown, _ready.Address, _pulled.Address), CancellationToken.None);

        var check = Assert.Single(Assert.Single(reading.Observations).SyntheticChecks);
        Assert.Equal(("tax quote", "GET", "/api/tax/quote", 200, 500), (check.Name, check.Method, check.Path, check.ExpectedStatus, check.ActualStatus));
        Assert.False(check.Passed);
        Assert.Equal("500 where 200 was expected", check.Detail);
    }

    [Fact]
    public async Task ReadAsync_InstanceRefusesConnections_RunsNoCheckOnIt()
    {
        var source = Source(_runner, new SyntheticCheckOptions { Service = "billing-api", Path = "/api/tax/quote" });

        var reading = await source.ReadAsync(Watch(ReadinessWiring.Unknown, _down), CancellationToken.None);

        var observation = Assert.Single(reading.Observations);
        Assert.Equal("connection refused", Assert.Single(observation.Instances).Liveness!.Detail);
        Assert.Empty(observation.SyntheticChecks);
    }

    [Fact]
    public async Task ReadAsync_LivenessAnswers503_StillRunsTheCheck()
    {
        await using var failing = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/health/live", () => Results.Text("Unhealthy", statusCode: 503));
            app.MapGet("/health/ready", () => Results.Text("Unhealthy", statusCode: 503));
            app.MapGet("/api/tax/quote", () => Results.StatusCode(500));
        });
        var source = Source(_runner, new SyntheticCheckOptions { Service = "billing-api", Path = "/api/tax/quote" });

        var reading = await source.ReadAsync(Watch(ReadinessWiring.Unknown, failing.Address), CancellationToken.None);

        Assert.Equal("500 where 200 was expected", Assert.Single(Assert.Single(reading.Observations).SyntheticChecks).Detail);
    }

    [Fact]
    public async Task ReadAsync_FleetNotRunning_ShowsUnreachableNotInventedNumbers()
    {
        var store = new HealthSeriesStore(new NullFeed(), TimeProvider.System, new HealthSeriesOptions());
        var watch = Watch(ReadinessWiring.Unknown, _down);
        store.Watch(watch);

        store.Apply(await Source(_runner).ReadAsync(watch, CancellationToken.None));

        var health = store.Current("billing-api", "production")!;
        Assert.Equal(HealthState.Unhealthy, health.State);
        Assert.Contains($"no instance answers liveness ({_down.AbsoluteUri}: connection refused)", health.Assessment.Reason);
        Assert.Null(health.Requests);
    }

    [Fact]
    public async Task ReadAsync_EveryInstancePulledWithDependencyReadiness_NamesTheTrap()
    {
        await using var second = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/health/live", () => "Healthy");
            app.MapGet("/health/ready", () => Results.Text("Unhealthy", statusCode: 503));
        });
        var wiring = new ReadinessWiring(true, new HealthEndpoint("/health/ready", false, true, "billing-api/Program.cs", 31), false);
        var watch = Watch(wiring, _pulled.Address, second.Address);
        var store = new HealthSeriesStore(new NullFeed(), TimeProvider.System, new HealthSeriesOptions());
        store.Watch(watch);

        store.Apply(await Source(_runner).ReadAsync(watch, CancellationToken.None));

        var health = store.Current("billing-api", "production")!;
        Assert.Equal((HealthState.Unhealthy, 0, 2), (health.State, health.Assessment.InRotation, health.Assessment.Instances));
        Assert.StartsWith("Every instance was pulled from rotation at once (2 within", health.Assessment.RotationTrap);
        Assert.Contains("readiness /health/ready runs the dependency checks (billing-api/Program.cs:31)", health.Assessment.RotationTrap);
    }

    [Fact]
    public async Task ReadAsync_RunLongerThanTheInterval_IsDegradedAndSaysWhatToRaise()
    {
        await using var slow = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/health/live", async () => { await Task.Delay(1200); return "Healthy"; });
            app.MapGet("/health/ready", () => "Healthy");
        });
        var options = Options.Create(new HealthOptions { Probes = new ProbeOptions { IntervalSeconds = 1, TimeoutSeconds = 1 } });
        using var runner = new ProbeRunner(new ProbeRunnerOptions { MaxConcurrency = 1, Timeout = TimeSpan.FromSeconds(3) }, TimeProvider.System);

        var reading = await new ProbeHealthSource(runner, options, TimeProvider.System).ReadAsync(Watch(ReadinessWiring.Unknown, slow.Address), CancellationToken.None);

        Assert.Equal(HealthSourceCondition.Degraded, reading.Status.Condition);
        Assert.Contains("raise Health:Probes:MaxConcurrency or Health:Probes:IntervalSeconds", reading.Status.Message);
    }

    [Fact]
    public void For_InstanceWithAPathPrefix_KeepsThePrefix()
    {
        var targets = ProbeTargets.For(Watch(ReadinessWiring.Unknown, new Uri("http://127.0.0.1:7101/billing/")), []);

        Assert.Equal(["http://127.0.0.1:7101/billing/health/live", "http://127.0.0.1:7101/billing/health/ready"], targets.Select(t => t.Url.ToString()));
    }

    [Fact]
    public void For_SyntheticCheckForAnotherEnvironment_IsNotProbedHere()
    {
        var check = new SyntheticCheckOptions { Service = "billing-api", Environment = "staging", Path = "/api/tax/quote" };

        var targets = ProbeTargets.For(Watch(ReadinessWiring.Unknown, _ready.Address), [check]);

        Assert.DoesNotContain(targets, t => t.Kind == ProbeKind.Synthetic);
    }

    private sealed class NullFeed : Application.Live.ILiveFeed
    {
        public void Publish(Application.Live.FeedEvent change) { }

        public IDisposable Subscribe(IReadOnlySet<Application.Live.FeedTopic> topics, Func<IReadOnlyList<Application.Live.FeedEvent>, CancellationToken, Task> onChanges, TimeSpan? minimumInterval = null) =>
            throw new NotSupportedException();
    }
}
