using Dashboard.Domain.Scanning;

namespace Dashboard.Analysis.Tests.Scanning;

public class OptionsBindingScanTests
{
    [Theory]
    [InlineData("builder.Services.Configure<BillingOptions>(builder.Configuration.GetSection(\"Billing\"));", "Billing", "BillingOptions")]
    [InlineData("services.AddOptions<BillingOptions>().Bind(config.GetSection(\"Billing:Db\"));", "Billing:Db", "BillingOptions")]
    [InlineData("services.AddOptions<Acme.BillingOptions>().BindConfiguration(\"Billing\").ValidateOnStart();", "Billing", "BillingOptions")]
    [InlineData("var options = config.GetSection(\"Billing\").Get<BillingOptions>();", "Billing", "BillingOptions")]
    [InlineData("config.GetSection(\"Billing\").Bind(new BillingOptions());", "Billing", "BillingOptions")]
    [InlineData("config.Bind(\"Billing\", new BillingOptions());", "Billing", "BillingOptions")]
    public async Task ScanAsync_BindingPattern_ReportsSectionAndType(string statement, string section, string type)
    {
        const string options = "public sealed class BillingOptions { public string Db { get; set; } = \"\"; }";

        var scan = await ServiceSnippets.ScanAsync(statement, options);

        Assert.Equal(new OptionsBinding(section, type, ServiceSnippets.FileName(1), 1), Assert.Single(scan.OptionsBindings));
        Assert.Empty(scan.Reads);
    }

    [Fact]
    public async Task ScanAsync_SectionNameFromConstant_IsResolved()
    {
        const string code = """
            public sealed class BillingOptions { public const string Section = "Billing"; }
            public static class Setup
            {
                public static void Add(IServiceCollection services, IConfiguration config) =>
                    services.Configure<BillingOptions>(config.GetSection(BillingOptions.Section));
            }
            """;

        var scan = await ServiceSnippets.ScanAsync(code);

        var binding = Assert.Single(scan.OptionsBindings);
        Assert.Equal(("Billing", "BillingOptions", 5), (binding.Section, binding.Type, binding.Line));
    }

    [Fact]
    public async Task ScanAsync_ConfigureWithLambda_IsNotABinding()
    {
        var scan = await ServiceSnippets.ScanAsync("services.Configure<BillingOptions>(o => o.Db = \"x\");");

        Assert.Empty(scan.OptionsBindings);
    }
}
