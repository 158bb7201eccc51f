using System.Net;
using Azure.Core.Pipeline;
using Dashboard.Application.Health;
using Dashboard.Domain.Health;
using Dashboard.Infrastructure.Health;
using Dashboard.Infrastructure.Monitoring;
using Dashboard.Infrastructure.Tests.AppConfiguration.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Infrastructure.Tests.Monitoring;

public sealed class RequestTelemetrySourceTests
{
    private const string Production = "50e32c19-2b4b-4152-b97e-0e02441cae60";
    private const string Staging = "9a15b791-8d2f-436f-a734-25d128c72254";
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 1, 45, 30, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Now);
    private readonly ScriptedHandler _handler = new();

    private static string Summary(params string[] rows) => $$"""
        {"tables":[{"name":"PrimaryResult","columns":[{"name":"service","type":"string"},{"name":"minute","type":"datetime"},{"name":"requests","type":"long"},
          {"name":"serverErrors","type":"long"},{"name":"clientErrors","type":"long"},{"name":"p95","type":"real"}],"rows":[{{string.Join(",", rows)}}]}]}
        """;

    private const string PartialError = ""","error":{"code":"PartialError","message":"There were some errors","details":[{"code":"EngineError","message":"x","innererror":{"code":"-1","message":"Query result set has exceeded the internal record count limit"}}]}}""";

    private (RequestSummaryCache Cache, LogAnalyticsHealthSource Source) Build(params string[] environments)
    {
        var workspaces = environments.Select(e => new LogAnalyticsWorkspaceOptions { Environment = e, WorkspaceId = e == "production" ? Production : Staging }).ToList();
        var options = Options.Create(new HealthOptions { LogAnalytics = new LogAnalyticsOptions { Workspaces = workspaces, RefreshSeconds = 60 } });
        var clientOptions = new LogAnalyticsClientOptions { Transport = new HttpClientTransport(new HttpClient(_handler)) };
        clientOptions.Retry.MaxRetries = 0;
        var cache = new RequestSummaryCache(new LogAnalyticsClient(new StaticTokenCredential(), clientOptions), options, _time);
        return (cache, new LogAnalyticsHealthSource(cache, options, _time));
    }

    private static HealthWatchList Watch(params (string Service, string Environment)[] endpoints) =>
        new([.. endpoints.Select(e => new WatchedEndpoint(e.Service, e.Environment, [new Uri("http://127.0.0.1:7101")], "/health/live", "/health/ready",
            HealthThresholds.Default, ReadinessWiring.Unknown))]);

    [Fact]
    public void Read_SummaryTable_GivesSamplesPerServiceInMinuteOrder()
    {
        var table = LogsResultReader.Read(BinaryData.FromString(Summary(
            """["billing-api","2026-11-27T01:44:00Z",120,30,2,850.5]""", """["Billing-API","2026-11-27T01:43:00Z",100,0,1,80]""", """["",null,5,0,0,1]"""))).PrimaryTable;

        var samples = RequestSummaryQuery.Read(table);

        var billing = Assert.Single(samples).Value;
        Assert.Equal([new RequestSample(Now.AddSeconds(-150), 100, 0, 1, 80), new RequestSample(Now.AddSeconds(-90), 120, 30, 2, 850.5)], billing);
    }

    [Fact]
    public void For_AppRequestsAndClassic_SummariseByServiceAndMinuteWithWeightedP95()
    {
        Assert.Contains("percentilew(DurationMs, ItemCount, 95) by service = AppRoleName, minute = bin(TimeGenerated, 1m)", RequestSummaryQuery.For(RequestTable.AppRequests));
        Assert.Contains("percentilew(duration, itemCount, 95) by service = cloud_RoleName, minute = bin(timestamp, 1m)", RequestSummaryQuery.For(RequestTable.ClassicRequests));
    }

    [Fact]
    public async Task GetAsync_ManyAskersWithinTheInterval_SendOneQuery()
    {
        _handler.Then(HttpStatusCode.OK, Summary("""["billing-api","2026-11-27T01:44:00Z",120,0,0,80]"""));
        var (cache, _) = Build("production");

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => cache.GetAsync(Production, CancellationToken.None)));

        Assert.Equal(1, cache.QueriesSent);
        Assert.Single(_handler.Sent);
        Assert.All(answers, a => Assert.Same(answers[0], a));
    }

    [Fact]
    public async Task GetAsync_AfterTheInterval_QueriesAgainOverTheLookback()
    {
        _handler.Then(HttpStatusCode.OK, Summary()).Then(HttpStatusCode.OK, Summary());
        var (cache, _) = Build("production");
        await cache.GetAsync(Production, CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(60));
        await cache.GetAsync(Production, CancellationToken.None);

        Assert.Equal(2, cache.QueriesSent);
        Assert.Contains("\"timespan\":\"2026-11-27T01:31:30.0000000Z/PT15M\"", System.Text.Encoding.UTF8.GetString(_handler.Sent[1].Body));
    }

    [Fact]
    public async Task GetAsync_FailureWithinTheInterval_IsNotRetriedAtOnce()
    {
        _handler.Then(HttpStatusCode.Forbidden, """{"error":{"message":"no","code":"InsufficientAccessError"}}""");
        var (cache, _) = Build("production");
        await Assert.ThrowsAsync<LogAnalyticsException>(() => cache.GetAsync(Production, CancellationToken.None));

        var again = await Assert.ThrowsAsync<LogAnalyticsException>(() => cache.GetAsync(Production, CancellationToken.None));

        Assert.Equal(LogAnalyticsErrorKind.Forbidden, again.Kind);
        Assert.Equal(1, cache.QueriesSent);
    }

    [Fact]
    public async Task ReadAsync_Telemetry_ObservesWatchedServicesAndGivesSilentOnesAnEmptyMinute()
    {
        _handler.Then(HttpStatusCode.OK, Summary("""["billing-api","2026-11-27T01:44:00Z",120,30,0,80]""", """["not-in-catalog","2026-11-27T01:44:00Z",1,0,0,1]"""));
        var (_, source) = Build("production");

        var reading = await source.ReadAsync(Watch(("billing-api", "production"), ("invoice-renderer", "production"), ("billing-api", "staging")), CancellationToken.None);

        Assert.Equal(HealthSourceCondition.Ok, reading.Status.Condition);
        Assert.Equal(HealthSourceKind.RequestTelemetry, reading.Status.Kind);
        Assert.Equal(["billing-api", "invoice-renderer"], reading.Observations.Select(o => o.Service));
        Assert.Equal(120, Assert.Single(reading.Observations[0].Requests).Requests);
        Assert.Equal(new RequestSample(new DateTimeOffset(2026, 11, 27, 1, 45, 0, TimeSpan.Zero), 0, 0, 0, null), Assert.Single(reading.Observations[1].Requests));
    }

    [Fact]
    public async Task ReadAsync_PartialData_IsDegradedAndSaysSo()
    {
        _handler.Then(HttpStatusCode.OK, Summary("""["billing-api","2026-11-27T01:44:00Z",120,0,0,80]""")[..^1].TrimEnd() + PartialError);
        var (_, source) = Build("production");

        var reading = await source.ReadAsync(Watch(("billing-api", "production")), CancellationToken.None);

        Assert.Equal(HealthSourceCondition.Degraded, reading.Status.Condition);
        Assert.StartsWith("partial data for production: PartialError: Query result set has exceeded", reading.Status.Message);
        Assert.Single(reading.Observations);
    }

    [Fact]
    public async Task ReadAsync_OneWorkspaceRefused_IsDegradedAndKeepsTheOther()
    {
        _handler.Then(HttpStatusCode.OK, Summary("""["billing-api","2026-11-27T01:44:00Z",120,0,0,80]"""))
            .Then(HttpStatusCode.Unauthorized, """{"error":{"message":"Valid authentication was not provided","code":"AuthorizationRequiredError"}}""");
        var (_, source) = Build("production", "staging");

        var reading = await source.ReadAsync(Watch(("billing-api", "production"), ("billing-api", "staging")), CancellationToken.None);

        Assert.Equal(HealthSourceCondition.Degraded, reading.Status.Condition);
        Assert.StartsWith("staging: Log Analytics did not accept the dashboard's credentials (401", reading.Status.Message);
        Assert.Equal("production", Assert.Single(reading.Observations).Environment);
    }

    [Fact]
    public async Task ReadAsync_EveryWorkspaceFails_IsUnavailable()
    {
        _handler.Then((HttpStatusCode)429, """{"error":{"message":"Too many requests","code":"ThrottledError"}}""", ("Retry-After", "30"));
        var (_, source) = Build("production");

        var reading = await source.ReadAsync(Watch(("billing-api", "production")), CancellationToken.None);

        Assert.Equal(HealthSourceCondition.Unavailable, reading.Status.Condition);
        Assert.Contains("throttling the dashboard (429) after its retries (it asks to wait 30 s)", reading.Status.Message);
        Assert.Empty(reading.Observations);
    }
}
