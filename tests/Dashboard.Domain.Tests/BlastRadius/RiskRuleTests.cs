using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Scanning;

namespace Dashboard.Domain.Tests.BlastRadius;

public class RiskRuleTests
{
    private static IReadOnlyList<RadiusRisk> Risks(Dashboard.Domain.BlastRadius.BlastRadius radius, string rule) =>
        [.. radius.Risks.Where(r => r.Rule == rule)];

    [Fact]
    public void Analyze_KeyUsedByTwoServices_ReportsASharedKeyWithBothServicesAndTheirEvidence()
    {
        var radius = new RadiusWorld().Analyze();

        var shared = Assert.Single(Risks(radius, BlastRadiusRules.SharedKey));
        Assert.Null(shared.Service);
        Assert.Contains("shared by billing-api, invoice-renderer, owned by 2 teams (payments, documents)", shared.Message);
        Assert.Contains("invoice-renderer: services/invoice-renderer/TaxLine.cs:14", shared.Evidence);
    }

    [Fact]
    public void Analyze_ReloadingServiceWithDisposeBeforeCreate_ReportsTheRaceAtItsFileAndLine()
    {
        var radius = new RadiusWorld().Analyze();

        var race = Assert.Single(Risks(radius, BlastRadiusRules.ReloadDisposeBeforeCreate));
        Assert.Equal("billing-api", race.Service);
        Assert.Equal($"{RadiusWorld.BillingDatabaseHandlerFile}:18", race.Evidence);
        Assert.Contains("BillingDatabaseOptions", race.Message);
    }

    [Fact]
    public void Analyze_HealthEndpointRunningDependencyChecks_IsReportedWithItsLocation()
    {
        var radius = new RadiusWorld().Analyze();

        var health = Assert.Single(Risks(radius, BlastRadiusRules.HealthCheckIncludesDependencies));
        Assert.Equal("billing-api", health.Service);
        Assert.Equal("services/billing-api/Program.cs:40", health.Evidence);
        Assert.Contains("/health", health.Message);
    }

    [Fact]
    public void Analyze_ServiceWithASeparateLivenessEndpoint_HasNoHealthCheckRisk()
    {
        var world = new RadiusWorld();
        var billing = RadiusWorld.BillingApi();
        world.Replace(billing with
        {
            HealthEndpoints = [.. billing.HealthEndpoints, new HealthEndpoint("/alive", LivenessOnly: true, RunsDependencyChecks: false, "services/billing-api/Program.cs", 41)],
        });

        Assert.Empty(Risks(world.Analyze(), BlastRadiusRules.HealthCheckIncludesDependencies));
    }

    [Fact]
    public void Analyze_ProductionChangeNotVerifiedInStaging_IsReported()
    {
        var radius = new RadiusWorld { ValidatedInStaging = false }.Analyze();

        var risk = Assert.Single(Risks(radius, BlastRadiusRules.NotValidatedInStaging));
        Assert.Contains("has not been applied and verified in staging", risk.Message);
    }

    [Fact]
    public void Analyze_ProductionChangeVerifiedInStagingOrAStagingChange_IsNotReportedAsUnvalidated()
    {
        var validated = new RadiusWorld { ValidatedInStaging = true }.Analyze();
        var staging = new RadiusWorld().Analyze(ProposedChange.Set(RadiusWorld.Store, RadiusWorld.TaxRate, "staging", "0.0825"), "staging");

        Assert.Empty(Risks(validated, BlastRadiusRules.NotValidatedInStaging));
        Assert.Empty(Risks(staging, BlastRadiusRules.NotValidatedInStaging));
    }

    [Fact]
    public void Analyze_ValuesDifferBetweenStagingAndProduction_ReportsDriftWithBothValuesAndRevisions()
    {
        var radius = new RadiusWorld().Analyze();

        var drift = Assert.Single(Risks(radius, BlastRadiusRules.EnvironmentDrift));
        Assert.Contains("staging holds '0.08' for tax.rate.default, while production will hold '0.0825'", drift.Message);
        Assert.Contains("staging: store revision etag stg-3", drift.Evidence);
        Assert.Contains("production: store revision etag prod-7", drift.Evidence);
    }

    [Fact]
    public void Analyze_ChangeAlreadyAppliedToStaging_ShowsNoDrift()
    {
        var world = new RadiusWorld();
        world.Settings.RemoveAll(s => s.Label == "staging");
        world.Settings.Add(RadiusWorld.Setting(RadiusWorld.TaxRate, "staging", "0.0825"));

        Assert.Empty(Risks(world.Analyze(), BlastRadiusRules.EnvironmentDrift));
    }

    [Fact]
    public void Analyze_PlainConnectionStringInStagingAgainstAKeyVaultReference_ReportsDriftInKindWithoutValues()
    {
        const string key = "Billing:Database:ConnectionString";
        var world = new RadiusWorld();
        world.Settings.Add(RadiusWorld.Setting(key, "staging", "Server=tcp:stg-sql;Database=billing;User ID=app;Password=hunter2"));
        var change = ProposedChange.Set(RadiusWorld.Store, key, "production", """{"uri":"https://kv.vault.azure.net/secrets/sql2"}""", ConfigContentTypes.KeyVaultReference);

        var drift = Assert.Single(Risks(world.Analyze(change), BlastRadiusRules.EnvironmentDrift));

        Assert.Contains("staging holds a connection string with a secret in it", drift.Message);
        Assert.Contains("production will hold a Key Vault reference", drift.Message);
        Assert.DoesNotContain("hunter2", drift.Message);
    }

    [Fact]
    public void Analyze_LocalAgainstManagedIdentityConnectionString_ReportsDriftInKind()
    {
        const string key = "Orders:Database:ConnectionString";
        var world = new RadiusWorld();
        world.Settings.Add(RadiusWorld.Setting(key, "staging", "Server=(localdb)\\mssqllocaldb;Database=orders;Trusted_Connection=True"));
        world.Settings.Add(RadiusWorld.Setting(key, "production", "Server=tcp:prod-sql.database.windows.net;Database=orders"));
        var change = ProposedChange.Set(RadiusWorld.Store, key, "production",
            "Server=tcp:prod-sql.database.windows.net;Database=orders;Authentication=Active Directory Managed Identity");

        var drift = Assert.Single(Risks(world.Analyze(change), BlastRadiusRules.EnvironmentDrift));

        Assert.Contains("staging holds a local connection string", drift.Message);
        Assert.Contains("production will hold a managed-identity connection string", drift.Message);
    }

    [Theory]
    [InlineData("0.08", null, "eight percent", "holds a number in production, but the new value 'eight percent' is not a number")]
    [InlineData("true", null, "yes", "holds a boolean in production, but the new value 'yes' is not true or false")]
    [InlineData("""{"Top":20}""", "application/json", """{"Top":""", "holds JSON in production, but the new value '{\"Top\":' is not valid JSON")]
    public void Analyze_NewValueNotOfTheOldType_ReportsValueTypeChange(string oldValue, string? contentType, string newValue, string expected)
    {
        var world = new RadiusWorld();
        world.Settings.RemoveAll(s => s.Key == RadiusWorld.TaxRate && s.Label == "production");
        world.Settings.Add(RadiusWorld.Setting(RadiusWorld.TaxRate, "production", oldValue, contentType, etag: "prod-9"));

        var radius = world.Analyze(RadiusWorld.TaxRateChange(newValue));

        var change = Assert.Single(Risks(radius, BlastRadiusRules.ValueTypeChange));
        Assert.Contains(expected, change.Message);
        Assert.Contains("production: store revision etag prod-9", change.Evidence);
    }

    [Fact]
    public void Analyze_FeatureFlagWithoutEnabled_ReportsValueTypeChangeNamingTheSchema()
    {
        const string flag = ".appconfig.featureflag/billing-new-tax-engine";
        var world = new RadiusWorld();
        world.Settings.Add(RadiusWorld.Setting(flag, "production", """{"id":"billing-new-tax-engine","enabled":false}""", ConfigContentTypes.FeatureFlag));
        var change = ProposedChange.Set(RadiusWorld.Store, flag, "production", """{"id":"billing-new-tax-engine","on":true}""");

        var risk = Assert.Single(Risks(world.Analyze(change), BlastRadiusRules.ValueTypeChange));

        Assert.Contains("is not a feature flag document", risk.Message);
    }

    [Fact]
    public void Analyze_ContentTypeChangesFromJsonToText_ReportsValueTypeChange()
    {
        var world = new RadiusWorld();
        world.Settings.Add(RadiusWorld.Setting("Invoice:Layout", "production", """{"Top":20}""", "application/json"));
        var change = ProposedChange.Set(RadiusWorld.Store, "Invoice:Layout", "production", "compact", "text/plain");

        var risk = Assert.Single(Risks(world.Analyze(change), BlastRadiusRules.ValueTypeChange));

        Assert.Contains("changes from JSON to a plain value", risk.Message);
    }

    [Theory]
    [InlineData("0.08", "0.0825")]
    [InlineData("false", "True")]
    [InlineData("hello", "42")]
    public void Analyze_NewValueOfTheSameType_ReportsNoTypeChange(string oldValue, string newValue)
    {
        var world = new RadiusWorld();
        world.Settings.RemoveAll(s => s.Key == RadiusWorld.TaxRate && s.Label == "production");
        world.Settings.Add(RadiusWorld.Setting(RadiusWorld.TaxRate, "production", oldValue));

        Assert.Empty(Risks(world.Analyze(RadiusWorld.TaxRateChange(newValue)), BlastRadiusRules.ValueTypeChange));
    }
}
