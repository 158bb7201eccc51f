using Dashboard.Domain.Scanning;

namespace Dashboard.Analysis.Tests.Scanning;

public class ReloadHandlerScanTests
{
    // The billing incident: the old connection is gone 8-12 s before the new one opens.
    private const string DisposeBeforeCreateHandler = """
        public sealed class LedgerConnection
        {
            private SqlConnection _connection;

            public LedgerConnection(IOptionsMonitor<BillingDbOptions> options)
            {
                _connection = new SqlConnection(options.CurrentValue.ConnectionString);
                options.OnChange(updated =>
                {
                    _connection.Dispose();
                    _connection = new SqlConnection(updated.ConnectionString);
                    _connection.Open();
                });
            }
        }
        """;

    private const string CreateThenSwapHandler = """
        public sealed class LedgerConnection
        {
            private SqlConnection _connection;

            public LedgerConnection(IOptionsMonitor<BillingDbOptions> options)
            {
                _connection = new SqlConnection(options.CurrentValue.ConnectionString);
                options.OnChange(updated =>
                {
                    var fresh = new SqlConnection(updated.ConnectionString);
                    fresh.Open();
                    var old = Interlocked.Exchange(ref _connection, fresh);
                    old.Dispose();
                });
            }
        }
        """;

    [Fact]
    public async Task ScanAsync_DisposeThenCreateHandler_ClassifiedWithFinding()
    {
        var scan = await ServiceSnippets.ScanAsync(DisposeBeforeCreateHandler);

        var handler = Assert.Single(scan.ReloadHandlers);
        Assert.Equal(new ReloadHandler("BillingDbOptions", ReloadClassification.DisposeBeforeCreate, ServiceSnippets.FileName(1), 8), handler);
        var finding = Assert.Single(scan.Findings);
        Assert.Equal((ScanRules.ReloadDisposeBeforeCreate, 8), (finding.Rule, finding.Line));
        Assert.Contains("_connection", finding.Message);
    }

    [Fact]
    public async Task ScanAsync_CreateThenSwapHandler_ClassifiedWithoutFinding()
    {
        var scan = await ServiceSnippets.ScanAsync(CreateThenSwapHandler);

        Assert.Equal(ReloadClassification.CreateThenSwap, Assert.Single(scan.ReloadHandlers).Classification);
        Assert.Empty(scan.Findings);
    }

    [Fact]
    public async Task ScanAsync_SwapThroughLocalThenDisposeOld_IsCreateThenSwap()
    {
        const string code = """
            public sealed class Ledger
            {
                private SqlConnection _connection = new("");
                public Ledger(IOptionsMonitor<LedgerOptions> options) => options.OnChange(async o =>
                {
                    var fresh = new SqlConnection(o.ConnectionString);
                    await fresh.OpenAsync();
                    var old = _connection;
                    _connection = fresh;
                    await old.DisposeAsync();
                });
            }
            """;

        var scan = await ServiceSnippets.ScanAsync(code);

        Assert.Equal(ReloadClassification.CreateThenSwap, Assert.Single(scan.ReloadHandlers).Classification);
    }

    [Fact]
    public async Task ScanAsync_HandlerAsMethodGroupCallingHelper_FollowsIntoTheHelper()
    {
        const string code = """
            public sealed class LedgerClient
            {
                private readonly IOptionsMonitor<LedgerOptions> _monitor;
                private HttpClient? _client;

                public LedgerClient(IOptionsMonitor<LedgerOptions> monitor)
                {
                    _monitor = monitor;
                    _monitor.OnChange(OnLedgerOptionsChanged);
                }

                private void OnLedgerOptionsChanged(LedgerOptions options) => Rebuild(options);

                private void Rebuild(LedgerOptions options)
                {
                    _client?.Dispose();
                    _client = new HttpClient { BaseAddress = options.Endpoint };
                }
            }
            """;

        var scan = await ServiceSnippets.ScanAsync(code);

        var handler = Assert.Single(scan.ReloadHandlers);
        Assert.Equal(("LedgerOptions", ReloadClassification.DisposeBeforeCreate, 9), (handler.OptionsType, handler.Classification, handler.Line));
    }

    [Fact]
    public async Task ScanAsync_HandlerNullingFieldFirst_IsDisposeBeforeCreate()
    {
        const string code = """
            public sealed class Cache
            {
                private Connection? _connection;
                public Cache(IOptionsMonitor<CacheOptions> options) =>
                    options.OnChange(o => { _connection = null; _connection = Connection.Open(o.Endpoint); });
            }
            """;

        var scan = await ServiceSnippets.ScanAsync(code);

        Assert.Equal(ReloadClassification.DisposeBeforeCreate, Assert.Single(scan.ReloadHandlers).Classification);
    }

    [Fact]
    public async Task ScanAsync_HandlerThatOnlyCopiesValues_HasNoResource()
    {
        const string code = """
            public sealed class Rates
            {
                private decimal _rate;
                public Rates(IOptionsMonitor<TaxOptions> options) => options.OnChange(o => { _rate = o.Rate; _logger.LogInformation("reloaded"); });
            }
            """;

        var scan = await ServiceSnippets.ScanAsync(code);

        Assert.Equal(ReloadClassification.NoResource, Assert.Single(scan.ReloadHandlers).Classification);
        Assert.Empty(scan.Findings);
    }

    [Fact]
    public async Task ScanAsync_ChangeTokenOnChange_IsNotAnOptionsHandler()
    {
        var scan = await ServiceSnippets.ScanAsync("ChangeToken.OnChange(() => config.GetReloadToken(), () => _connection.Dispose());");

        Assert.Empty(scan.ReloadHandlers);
    }
}
