using Dashboard.Domain.Scanning;

namespace Dashboard.Analysis.Tests.Scanning;

public class ConfigurationReadScanTests
{
    [Theory]
    [InlineData("var rate = configuration[\"Tax:Rate\"];", "Tax:Rate", ConfigReadKind.Indexer)]
    [InlineData("var rate = builder.Configuration[\"Tax:Rate\"];", "Tax:Rate", ConfigReadKind.Indexer)]
    [InlineData("var rate = _config[\"tax.rate.default\"];", "tax.rate.default", ConfigReadKind.Indexer)]
    [InlineData("var rate = Configuration.GetValue<decimal>(\"Tax:Rate\");", "Tax:Rate", ConfigReadKind.GetValue)]
    [InlineData("var rate = config.GetValue(typeof(decimal), \"Tax:Rate\");", "Tax:Rate", ConfigReadKind.GetValue)]
    [InlineData("var rate = config.GetSection(\"Tax\").GetSection(\"Rates\")[\"Default\"];", "Tax:Rates:Default", ConfigReadKind.Indexer)]
    [InlineData("var rate = config.GetSection(\"Tax\")[\"Rate\"];", "Tax:Rate", ConfigReadKind.Indexer)]
    [InlineData("var rate = config.GetSection(\"Tax:Rate\").Value;", "Tax:Rate", ConfigReadKind.SectionValue)]
    [InlineData("var rate = config.GetRequiredSection(\"Tax\").GetValue<decimal>(\"Rate\");", "Tax:Rate", ConfigReadKind.GetValue)]
    [InlineData("var db = builder.Configuration.GetConnectionString(\"BillingDb\");", "ConnectionStrings:BillingDb", ConfigReadKind.ConnectionString)]
    public async Task ScanAsync_ReadPattern_ReportsFullKeyAndKind(string statement, string key, ConfigReadKind kind)
    {
        var scan = await ServiceSnippets.ScanAsync(statement);

        Assert.Equal(new ConfigRead(key, ServiceSnippets.FileName(1), 1, kind), Assert.Single(scan.Reads));
    }

    [Fact]
    public async Task ScanAsync_SectionHeldInLocal_KeepsItsPath()
    {
        const string code = """
            var tax = builder.Configuration.GetSection("Tax");
            var rates = tax.GetSection("Rates");
            var rate = rates["Default"];
            """;

        var scan = await ServiceSnippets.ScanAsync(code);

        var read = Assert.Single(scan.Reads);
        Assert.Equal(("Tax:Rates:Default", 3), (read.Key, read.Line));
    }

    [Fact]
    public async Task ScanAsync_ConstantKeyInInjectedConfiguration_IsResolved()
    {
        const string code = """
            public sealed class TaxCalculator(IConfiguration settings)
            {
                private const string RateKey = "tax.rate.default";
                public decimal Rate => settings.GetValue<decimal>(RateKey);
            }
            """;

        var scan = await ServiceSnippets.ScanAsync(code);

        Assert.Equal("tax.rate.default", Assert.Single(scan.Reads).Key);
    }

    [Theory]
    [InlineData("var value = dictionary[\"Tax:Rate\"];")]
    [InlineData("var value = _options.Value;")]
    [InlineData("var value = configuration[$\"Tax:{region}\"];")]
    public async Task ScanAsync_NotAConfigurationReadOrDynamicKey_ReportsNothing(string statement)
    {
        var scan = await ServiceSnippets.ScanAsync(statement);

        Assert.Empty(scan.Reads);
    }
}
