using System.Text.Json;
using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.Catalog;
using Dashboard.Domain.Scanning;

namespace Dashboard.Domain.Tests.BlastRadius;

public class RadiusTimelineTests
{
    private static RadiusWorld StoryWorldWithDatabase()
    {
        var world = new RadiusWorld();
        world.Catalog.AddResource(new Resource("billing-sql", ResourceKind.Database, "payments")).SetReconnectTime(new ReconnectTime(8, 12));
        world.Catalog.AddDependency("billing-api", DependencyTargetKind.Resource, "billing-sql", RadiusWorld.Exponential(2));
        return world;
    }

    [Fact]
    public void Analyze_StoryWorld_TimelineRunsFromWriteToRotationWithTimesAndSources()
    {
        var radius = StoryWorldWithDatabase().Analyze();

        Assert.Equal(
            [TimelineStepKind.Write, TimelineStepKind.Reload, TimelineStepKind.Outage, TimelineStepKind.Retries, TimelineStepKind.Rotation],
            radius.Timeline.Select(s => s.Kind));
        var (write, reload, outage, retries, rotation) = (radius.Timeline[0], radius.Timeline[1], radius.Timeline[2], radius.Timeline[3], radius.Timeline[4]);
        Assert.Equal((0, 0), (write.From, write.To));
        Assert.Equal("t = 0", write.When);
        Assert.Equal((0, 30), (reload.From, reload.To));
        Assert.Contains("Within 30 s billing-api reloads all its configuration", reload.Text);
        Assert.Equal("code: services/billing-api/Program.cs:15", reload.Source);
        Assert.Equal((0, 42), (outage.From, outage.To));
        Assert.Contains("billing-sql's reconnect time, 8–12 s from the catalog", outage.Text);
        Assert.Equal($"code: {RadiusWorld.BillingDatabaseHandlerFile}:18; catalog resource billing-sql (reconnect 8–12 s)", outage.Source);
        Assert.Contains("frontend sends up to 4× traffic to billing-api meanwhile: frontend retries 3 times with no delay", retries.Text);
        Assert.DoesNotContain("order-processing", retries.Text);
        Assert.Contains("catalog dependency frontend → component:billing-api", retries.Source);
        Assert.Contains("Readiness (/health) includes the database, so every billing-api instance may fail it and leave rotation", rotation.Text);
        Assert.Equal("code: services/billing-api/Program.cs:40", rotation.Source);
    }

    [Fact]
    public void Analyze_KeyReadByOneServiceWithNoReloadHook_HasOnlyTheWrite()
    {
        var world = StoryWorldWithDatabase();
        world.Settings.Add(RadiusWorld.Setting("Invoice:Footer", "production", "Thanks"));
        world.Replace(RadiusWorld.InvoiceRenderer() with
        {
            Reads = [new ConfigRead("Invoice:Footer", "services/invoice-renderer/Footer.cs", 7, ConfigReadKind.GetValue)],
        });

        var radius = world.Analyze(ProposedChange.Set(RadiusWorld.Store, "Invoice:Footer", "production", "Thank you"));

        var step = Assert.Single(radius.Timeline);
        Assert.Equal(TimelineStepKind.Write, step.Kind);
        Assert.Equal("The new value of Invoice:Footer is written in production (label production).", step.Text);
        Assert.Equal("proposed change: store contoso-shared-config, label production", step.Source);
    }

    [Fact]
    public void Analyze_ReloadWithoutARacingHandler_StopsAtTheReload()
    {
        var world = StoryWorldWithDatabase();
        world.Replace(RadiusWorld.BillingApi() with
        {
            ReloadHandlers = [new ReloadHandler("BillingDatabaseOptions", ReloadClassification.CreateThenSwap, RadiusWorld.BillingDatabaseHandlerFile, 18)],
        });

        var radius = world.Analyze();

        Assert.Equal([TimelineStepKind.Write, TimelineStepKind.Reload], radius.Timeline.Select(s => s.Kind));
    }

    [Fact]
    public void Analyze_ResourceWithoutReconnectTime_OutageSaysTheCatalogDoesNotGiveIt()
    {
        var radius = new RadiusWorld().Analyze();

        var outage = Assert.Single(radius.Timeline, s => s.Kind == TimelineStepKind.Outage);
        Assert.Equal((0, 30), (outage.From, outage.To));
        Assert.Contains("for a time the catalog does not give", outage.Text);
        Assert.Contains("Readiness (/health) includes the dropped connection", Assert.Single(radius.Timeline, s => s.Kind == TimelineStepKind.Rotation).Text);
    }

    [Fact]
    public void Analyze_CallersBackOffAndLivenessIsSeparate_NoRetryOrRotationStep()
    {
        var world = StoryWorldWithDatabase();
        world.Catalog.ChangeRetryPolicy("frontend", DependencyTargetKind.Service, "billing-api", RadiusWorld.Exponential(3));
        world.Replace(RadiusWorld.BillingApi() with
        {
            HealthEndpoints =
            [
                new HealthEndpoint("/health/ready", LivenessOnly: false, RunsDependencyChecks: true, "services/billing-api/Program.cs", 40),
                new HealthEndpoint("/health/live", LivenessOnly: true, RunsDependencyChecks: false, "services/billing-api/Program.cs", 41),
            ],
        });

        var radius = world.Analyze();

        Assert.Equal([TimelineStepKind.Write, TimelineStepKind.Reload, TimelineStepKind.Outage], radius.Timeline.Select(s => s.Kind));
    }

    [Fact]
    public void WithLiveTraffic_RatesKnown_FiguresCountFailedRequestsAndRetryLoad()
    {
        var radius = StoryWorldWithDatabase().Analyze();

        var priced = radius.WithLiveTraffic(new LiveTraffic([new("billing-api", 93), new("frontend", 40)]));

        Assert.Equal(["≈ 744–1,116 requests would fail during 8–12 s (at 93 req/s)"],
            priced.Timeline.Single(s => s.Kind == TimelineStepKind.Outage).Figures);
        Assert.Equal(["callers' 4× retries ≈ 372 req/s into billing-api (now 93 req/s)", "frontend serves 40 req/s (2,400 requests/min)"],
            priced.Timeline.Single(s => s.Kind == TimelineStepKind.Retries).Figures);
    }

    [Fact]
    public void Analyze_NoLiveTraffic_StepsSayWhichServiceHasNoFigures()
    {
        var radius = StoryWorldWithDatabase().Analyze().WithLiveTraffic(new LiveTraffic([new("frontend", 2.5)]));

        Assert.Equal(["no live traffic figures for billing-api"], radius.Timeline.Single(s => s.Kind == TimelineStepKind.Outage).Figures);
        Assert.Equal(["no live traffic figures for billing-api", "frontend serves 2.5 req/s (150 requests/min)"],
            radius.Timeline.Single(s => s.Kind == TimelineStepKind.Retries).Figures);
    }

    [Fact]
    public void LiveTraffic_NegativeRate_IsRefusedNamingTheService()
    {
        var error = Assert.Throws<DomainException>(() => new LiveTraffic([new("billing-api", -1)]));

        Assert.Contains("billing-api", error.Message);
    }

    [Fact]
    public void Serialize_Timeline_CarriesFromToTextSourceAndFiguresOnly()
    {
        var radius = StoryWorldWithDatabase().Analyze().WithLiveTraffic(new LiveTraffic([new("billing-api", 93)]));

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(radius, JsonSerializerOptions.Web));

        var outage = json.RootElement.GetProperty("timeline")[2];
        Assert.Equal(["kind", "from", "to", "text", "source", "figures"], outage.EnumerateObject().Select(p => p.Name));
        Assert.Equal("outage", outage.GetProperty("kind").GetString());
        Assert.Equal(42, outage.GetProperty("to").GetDouble());
        Assert.StartsWith("≈ 744–1,116 requests", outage.GetProperty("figures")[0].GetString());
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(12, 8)]
    [InlineData(1, 601)]
    [InlineData(double.NaN, 2)]
    public void ReconnectTime_NotARange_IsRefusedWithAnExample(double from, double to)
    {
        var error = Assert.Throws<DomainException>(() => new ReconnectTime(from, to));

        Assert.Contains("e.g. 8–12 s", error.Message);
    }
}
