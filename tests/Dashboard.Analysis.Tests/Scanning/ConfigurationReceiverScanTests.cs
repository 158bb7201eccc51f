using Dashboard.Domain.Scanning;

namespace Dashboard.Analysis.Tests.Scanning;

// Configuration objects held in locals, fields, properties and parameters, whatever initialised them.
public class ConfigurationReceiverScanTests
{
    private static async Task<string[]> KeysReadAsync(params string[] files) =>
        [.. (await ServiceSnippets.ScanAsync(files)).Reads.Select(r => r.Key)];

    [Fact]
    public async Task ScanAsync_LocalBuiltWithConfigurationBuilder_IsConfiguration()
    {
        const string code = """
            var settings = new ConfigurationBuilder().AddJsonFile("appsettings.json").AddEnvironmentVariables().Build();
            var message = settings["TestApp:Settings:Message"];
            """;

        Assert.Equal(["TestApp:Settings:Message"], await KeysReadAsync(code));
    }

    [Fact]
    public async Task ScanAsync_BuilderLocalBuiltLater_IsConfiguration()
    {
        const string code = """
            var builder = new ConfigurationBuilder();
            builder.AddInMemoryCollection();
            IConfigurationRoot root = builder.Build();
            var count = root.GetValue<int>("Retry:Count");
            """;

        Assert.Equal(["Retry:Count"], await KeysReadAsync(code));
    }

    [Fact]
    public async Task ScanAsync_FieldAssignedInConstructor_IsFollowedToItsParameter()
    {
        const string code = """
            public sealed class Mailer
            {
                private readonly IConfiguration _settings;
                public Mailer(IConfiguration settings) { _settings = settings; }
                public string From => _settings["Mail:From"];
            }
            """;

        Assert.Equal(["Mail:From"], await KeysReadAsync(code));
    }

    [Fact]
    public async Task ScanAsync_SectionFieldAssignedInConstructor_KeepsItsPath()
    {
        const string code = """
            public sealed class Payments
            {
                private readonly IConfigurationSection _section;
                public Payments(IConfiguration configuration) => _section = configuration.GetSection("Payments");
                public string Gateway => _section["Gateway"];
            }
            """;

        Assert.Equal(["Payments:Gateway"], await KeysReadAsync(code));
    }

    [Fact]
    public async Task ScanAsync_PropertyAndParameterWithUnusualNames_AreFollowedByType()
    {
        const string code = """
            public sealed class Startup(IConfiguration appSettings)
            {
                public IConfiguration Settings { get; } = appSettings;
                public string Region => Settings["Region"];
                public string Zone(IConfigurationRoot env) => env.GetValue<string>("Zone");
            }
            """;

        Assert.Equal(["Region", "Zone"], await KeysReadAsync(code));
    }

    [Fact]
    public async Task ScanAsync_ReassignedLocal_IsFollowedToItsAssignment()
    {
        const string code = """
            IConfiguration current;
            current = new ConfigurationBuilder().AddJsonFile("a.json").Build();
            var value = current["Reassigned:Key"];
            """;

        Assert.Equal(["Reassigned:Key"], await KeysReadAsync(code));
    }

    [Fact]
    public async Task ScanAsync_BuilderParameterOfConfigureAppConfiguration_BuildsConfiguration()
    {
        const string code = """
            Host.CreateDefaultBuilder(args).ConfigureAppConfiguration((context, cb) =>
            {
                var built = cb.Build();
                var endpoint = built["AppConfig:Endpoint"];
            });
            """;

        Assert.Equal(["AppConfig:Endpoint"], await KeysReadAsync(code));
    }

    [Fact]
    public async Task ScanAsync_ResolvedFromServices_IsConfiguration()
    {
        Assert.Equal(["Host:Name"], await KeysReadAsync("var name = app.Services.GetRequiredService<IConfiguration>()[\"Host:Name\"];"));
    }

    [Fact]
    public async Task ScanAsync_ConditionalIndexer_IsARead()
    {
        Assert.Equal(["Banner:Text"], await KeysReadAsync("var text = Configuration?[\"Banner:Text\"];"));
    }

    [Fact]
    public async Task ScanAsync_KeyInSingleAssignmentLocal_IsResolved()
    {
        const string code = """
            string key = "TestApp:Settings:Message";
            var message = configuration[key];
            """;

        Assert.Equal(["TestApp:Settings:Message"], await KeysReadAsync(code));
    }

    [Fact]
    public async Task ScanAsync_KeyInLocalAssignedTwice_IsNotGuessed()
    {
        const string code = """
            string key = "A";
            key = "B";
            var value = configuration[key];
            """;

        Assert.Empty(await KeysReadAsync(code));
    }

    [Fact]
    public async Task ScanAsync_KeyInStaticReadonlyFieldOfAnotherFile_IsResolved()
    {
        const string keys = """
            public static class Keys
            {
                public const string Prefix = "Orders";
                public static readonly string Timeout = Prefix + ":Timeout";
                public static string Retries => $"{Prefix}:Retries";
            }
            """;

        Assert.Equal(["Orders:Timeout", "Orders:Retries"],
            await KeysReadAsync("var t = configuration[Keys.Timeout];\nvar r = configuration[Keys.Retries];", keys));
    }

    [Fact]
    public async Task ScanAsync_WholeSectionReads_AreReadsOfThatSection()
    {
        const string code = """
            var tenants = configuration.GetSection("Tenants").GetChildren();
            var exists = configuration.GetSection("Legacy").Exists();
            """;

        var scan = await ServiceSnippets.ScanAsync(code);

        Assert.Equal([("Tenants", ConfigReadKind.Section), ("Legacy", ConfigReadKind.Section)], scan.Reads.Select(r => (r.Key, r.Kind)));
    }

    [Theory]
    [InlineData("var tier = (await features.GetVariantAsync(\"Tier\")).Configuration[\"Color\"];")]
    [InlineData("var tier = variant.Configuration[\"Color\"];")]
    [InlineData("var name = Request.Form[\"Name\"];")]
    [InlineData("var title = ViewData[\"Title\"];")]
    [InlineData("var config = new Dictionary<string, string>(); var x = config[\"Not:Configuration\"];")]
    public async Task ScanAsync_ReceiverThatIsNotConfiguration_IsNotARead(string statement)
    {
        Assert.Empty(await KeysReadAsync(statement));
    }

    [Fact]
    public async Task ScanAsync_ParameterNamedConfigOfAnotherType_IsNotARead()
    {
        Assert.Empty(await KeysReadAsync("public sealed class C { public string M(HttpConfig config) => config[\"Not:Configuration\"]; }"));
    }

    [Theory]
    [InlineData("var culture = configuration[\"Site:Culture\"] ?? \"en-US\";", "\"en-US\"")]
    [InlineData("var retries = configuration.GetValue<int>(\"Site:Retries\", 3);", "3")]
    [InlineData("var retries = configuration.GetValue(\"Site:Retries\", defaultValue: 5);", "5")]
    [InlineData("var name = configuration[\"Site:Name\"];", null)]
    public async Task ScanAsync_FallbackInCode_IsKeptWithTheRead(string statement, string? fallback)
    {
        var scan = await ServiceSnippets.ScanAsync(statement);

        Assert.Equal(fallback, Assert.Single(scan.Reads).Fallback);
    }
}
