using System.Text.Json;
using Dashboard.Domain.BlastRadius;

namespace Dashboard.Domain.Tests.BlastRadius;

public class BlastRadiusAnalyzerTests
{
    [Fact]
    public void Analyze_StoryWorld_IsCriticalAndExplainsTheReloadRaceAndFrontendsImmediateRetries()
    {
        var world = new RadiusWorld();

        var radius = world.Analyze();

        Assert.Equal(RiskLevel.Critical, radius.RiskLevel);
        Assert.StartsWith("Critical:", radius.RiskExplanation);
        Assert.Contains("reload race", radius.RiskExplanation);
        Assert.Contains($"{RadiusWorld.BillingDatabaseHandlerFile}:18", radius.RiskExplanation);
        Assert.Contains("frontend retries it 3 times immediately, without backoff", radius.RiskExplanation);
        Assert.DoesNotContain("order-processing retries", radius.RiskExplanation);
    }

    [Fact]
    public void Analyze_StoryWorld_InvoiceRendererReadsTheKeyDirectlyWithItsEvidence()
    {
        var radius = new RadiusWorld().Analyze();

        var renderer = Assert.Single(radius.Affected, a => a.Service == "invoice-renderer");
        Assert.Contains(renderer.Reasons, r => r.Contains("reads tax.rate.default (GetValue)") && r.Contains("services/invoice-renderer/TaxLine.cs:14"));
        Assert.False(renderer.Reloads);
        Assert.Null(renderer.LiveHealth);
    }

    [Fact]
    public void Analyze_KeyNobodyUses_IsLowAndSaysNoServiceWasFound()
    {
        var world = new RadiusWorld { ValidatedInStaging = true };
        world.Settings.Add(RadiusWorld.Setting("Orders:Unused:Key", "staging", "1"));

        var radius = world.Analyze(ProposedChange.Set(RadiusWorld.Store, "Orders:Unused:Key", "production", "1"));

        Assert.Equal(RiskLevel.Low, radius.RiskLevel);
        Assert.Contains("no service found", radius.RiskExplanation);
        Assert.Empty(radius.Affected);
        Assert.Empty(radius.Downstream);
        Assert.Empty(radius.Risks);
    }

    [Fact]
    public void Analyze_ServiceSelectsTheKeyButNeverReadsIt_IsListedSeparately()
    {
        var world = new RadiusWorld();
        world.Scans.Add(RadiusWorld.Service("reporting", RadiusWorld.Select("reporting", "tax.*")));

        var radius = world.Analyze();

        var reporting = Assert.Single(radius.SelectedNoRead);
        Assert.Equal("reporting", reporting.Service);
        Assert.Contains(reporting.Reasons, r => r.Contains("no read of it was found") && r.Contains("services/reporting/Program.cs:10"));
        Assert.DoesNotContain(radius.Affected, a => a.Service == "reporting");
    }

    [Fact]
    public void Analyze_SerializedWithWebDefaults_HasTheApiShapeAndKebabCaseNames()
    {
        var radius = new RadiusWorld().Analyze();

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(radius, JsonSerializerOptions.Web));

        var root = json.RootElement;
        Assert.Equal("tax.rate.default", root.GetProperty("key").GetString());
        Assert.Equal("critical", root.GetProperty("riskLevel").GetString());
        var billing = root.GetProperty("affected").EnumerateArray().Single(a => a.GetProperty("service").GetString() == "billing-api");
        Assert.Equal("immediately", billing.GetProperty("seesChange").GetString());
        Assert.True(billing.GetProperty("reloads").GetBoolean());
        Assert.False(billing.TryGetProperty("liveHealth", out _));
        var finding = billing.GetProperty("findings").EnumerateArray().First();
        Assert.Equal(["rule", "message", "file", "line"], finding.EnumerateObject().Select(p => p.Name));
        var frontend = root.GetProperty("downstream").EnumerateArray().Single(d => d.GetProperty("service").GetString() == "frontend");
        Assert.Equal(["service", "via", "amplification", "hasBackoff", "circuitBreaker"], frontend.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["rule", "service", "message", "evidence"], root.GetProperty("risks")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Analyze_DeleteThatAlsoGivesAValue_ThrowsNamingTheKey()
    {
        var change = new ProposedChange(RadiusWorld.Store, RadiusWorld.TaxRate, "production", "0.1", null, IsDelete: true);

        var error = Assert.Throws<DomainException>(() => new RadiusWorld().Analyze(change));

        Assert.Contains("'tax.rate.default' is a delete but also gives a new value", error.Message);
    }

    [Fact]
    public void Analyze_MapOfAnotherEnvironment_ThrowsSayingWhichMapToBuild()
    {
        var world = new RadiusWorld();
        var input = world.Input(RadiusWorld.TaxRateChange()) with { Environment = "staging" };

        var error = Assert.Throws<DomainException>(() => BlastRadiusAnalyzer.Analyze(input));

        Assert.Contains("map is of environment 'production' but the change targets 'staging'", error.Message);
    }

    [Fact]
    public void Analyze_WithoutAConfigMap_ThrowsSayingHowToBuildIt()
    {
        var input = new RadiusWorld().Input(RadiusWorld.TaxRateChange()) with { Map = null! };

        var error = Assert.Throws<DomainException>(() => BlastRadiusAnalyzer.Analyze(input));

        Assert.Contains("has no config map; build it with ConfigMapBuilder", error.Message);
    }

    [Fact]
    public void Analyze_ChangeToAnotherStore_Throws()
    {
        var change = ProposedChange.Set("other-store", RadiusWorld.TaxRate, "production", "0.1");

        var error = Assert.Throws<DomainException>(() => new RadiusWorld().Analyze(change));

        Assert.Contains("store 'other-store'", error.Message);
    }

    [Fact]
    public void Analyze_DeleteOfTheSentinel_StillReloadsBillingApi()
    {
        var radius = new RadiusWorld().Analyze(ProposedChange.Delete(RadiusWorld.Store, RadiusWorld.TaxRate, "production"));

        Assert.True(radius.Affected.Single(a => a.Service == "billing-api").Reloads);
        Assert.DoesNotContain(radius.Risks, r => r.Rule == BlastRadiusRules.ValueTypeChange);
    }

    [Fact]
    public void Analyze_KeyOfTheNullLabel_IsNotConfusedWithTheEnvironmentsLabel()
    {
        var world = new RadiusWorld();
        world.Settings.Add(RadiusWorld.Setting(RadiusWorld.TaxRate, null, "0.07"));

        var radius = world.Analyze(ProposedChange.Set(RadiusWorld.Store, RadiusWorld.TaxRate, null, "0.09"));

        // invoice-renderer selects only the production label, so the null-label value never reaches it.
        Assert.DoesNotContain(radius.Affected, a => a.Service == "invoice-renderer");
        Assert.Contains(radius.Affected, a => a.Service == "billing-api");
    }
}
