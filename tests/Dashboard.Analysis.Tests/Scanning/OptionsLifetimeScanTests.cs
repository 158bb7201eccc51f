using Dashboard.Domain.Scanning;

namespace Dashboard.Analysis.Tests.Scanning;

// When code sees a change: the keys an options type binds, how options are taken, and values kept from start-up.
public class OptionsLifetimeScanTests
{
    private const string Options = """
        public sealed class MailOptions
        {
            public string Host { get; set; } = "";
            [ConfigurationKeyName("smtp_port")] public int Port { get; set; }
            public RetrySettings Retry { get; set; } = new();
            public List<string> Recipients { get; set; } = [];
            public Uri? Relay { get; set; }
            public string Computed => Host + Port;
        }
        public sealed class RetrySettings { public int Count { get; set; } public TimeSpan Delay { get; set; } }
        """;

    [Fact]
    public async Task ScanAsync_BoundOptionsType_ListsTheKeysItBinds()
    {
        var scan = await ServiceSnippets.ScanAsync("builder.Services.Configure<MailOptions>(builder.Configuration.GetSection(\"Mail\"));", Options);

        var type = Assert.Single(scan.OptionsTypes, t => t.Name == "MailOptions");
        Assert.Equal(["Host", "smtp_port", "Retry:Count", "Retry:Delay", "Recipients:*", "Relay"], type.Keys);
        Assert.True(type.Binds("retry:count"));
        Assert.True(type.Binds("Recipients:0"));
        Assert.False(type.Binds("Unrelated"));
        Assert.False(type.Binds("Computed"));
    }

    [Fact]
    public async Task ScanAsync_OptionsTakenThreeWays_ReportsHowAndWhetherKept()
    {
        const string code = """
            builder.Services.AddSingleton<MailSender>();
            public sealed class MailSender
            {
                private readonly string _host;
                public MailSender(IOptions<MailOptions> options, IOptionsMonitor<RetrySettings> retry) { _host = options.Value.Host; }
            }
            public sealed class MailController(IOptionsSnapshot<MailOptions> mail)
            {
                public string Host => mail.Value.Host;
            }
            """;

        var scan = await ServiceSnippets.ScanAsync(code, Options);

        Assert.Equal(
            [("MailOptions", OptionsAccess.Options, true), ("RetrySettings", OptionsAccess.Monitor, false), ("MailOptions", OptionsAccess.Snapshot, false)],
            scan.OptionsConsumers.Select(c => (c.Type, c.Access, c.CapturedAtStartup)));
    }

    [Fact]
    public async Task ScanAsync_ValueKeptBySingletonConstructor_IsCaptured()
    {
        const string code = """
            builder.Services.AddSingleton<RateCache>();
            builder.Services.AddScoped<RateReader>();
            public sealed class RateCache
            {
                private readonly string _rate;
                public RateCache(IConfiguration configuration) { _rate = configuration["Tax:Rate"]!; }
            }
            public sealed class RateReader
            {
                private readonly string _rate;
                public RateReader(IConfiguration configuration) { _rate = configuration["Tax:Scoped"]!; }
            }
            """;

        var scan = await ServiceSnippets.ScanAsync(code);

        var captured = Assert.Single(scan.CapturedReads);
        Assert.Equal(("Tax:Rate", 6), (captured.Key, captured.Line));
        Assert.Contains("RateCache is a singleton", captured.Reason);
    }

    [Fact]
    public async Task ScanAsync_TopLevelReadOutsideLambdas_IsCapturedAtStartup()
    {
        const string code = """
            var timeout = builder.Configuration.GetValue<int>("Http:Timeout");
            app.MapGet("/", (IConfiguration configuration) => configuration["Http:Greeting"]);
            """;

        var scan = await ServiceSnippets.ScanAsync(code);

        Assert.Equal(["Http:Timeout"], scan.CapturedReads.Select(c => c.Key));
        Assert.Contains("start-up", scan.CapturedReads[0].Reason);
    }

    [Fact]
    public async Task ScanAsync_TopLevelReadInALoop_IsReadEachTime()
    {
        var scan = await ServiceSnippets.ScanAsync("while (true) { var pause = configuration.GetValue<int>(\"Loop:Pause\"); }");

        Assert.Equal(["Loop:Pause"], scan.Reads.Select(r => r.Key));
        Assert.Empty(scan.CapturedReads);
    }

    [Fact]
    public async Task ScanAsync_ReadInTheProvidersOwnOptions_IsCapturedAndComesFromNoStoreKey()
    {
        var scan = await ServiceSnippets.ScanAsync(
            "builder.Configuration.AddAzureAppConfiguration(o => o.Connect(builder.Configuration[\"Store:Endpoint\"]).Select(\"Store:*\").TrimKeyPrefix(\"Store:\"));");

        var read = Assert.Single(scan.Reads);
        Assert.Null(read.StoreKey);
        Assert.Equal(["Store:Endpoint"], scan.CapturedReads.Select(c => c.Key));
    }
}
