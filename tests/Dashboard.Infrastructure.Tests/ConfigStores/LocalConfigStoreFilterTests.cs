using System.Globalization;
using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Infrastructure.Tests.Persistence;

namespace Dashboard.Infrastructure.Tests.ConfigStores;

/// <summary>List filters in App Configuration's syntax, answered by the local store.</summary>
public sealed class LocalConfigStoreFilterTests : IAsyncLifetime, IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private LocalConfigStore _store = null!;

    // (key, label); null is the null label. Written in an order unlike the listing order on purpose.
    private static readonly (string Key, string? Label)[] Seeded =
    [
        ("Invoice:Pdf:PageSize", "production"),
        ("Billing:Gateway:TimeoutSeconds", "staging"),
        ("Billing:Gateway:TimeoutSeconds", null),
        ("Billing:Gateway:TimeoutSeconds", "production"),
        ("billing:lowercase", null),
        ("Billing:Retry", "staging"),
        ("Weird*Key,1", null),
        ("Weird\\Slash", "prod,eu"),
        ("Orders:BatchSize", "production-eu"),
    ];

    public async Task InitializeAsync()
    {
        await _database.Initializer.InitializeAsync(seedDemoWorld: false, CancellationToken.None);
        _store = _database.ConfigStores.Get("filter-store");
        foreach (var (key, label) in Seeded)
            await _store.SetSettingAsync(new ConfigSettingWrite(key, label, $"{key}@{label}"), ConfigWriteCondition.Always);
        // A second store with the same names: a store's listing never shows another store's settings.
        await _database.ConfigStores.Get("other-store").SetSettingAsync(new ConfigSettingWrite("Billing:Retry", "staging", "other"), ConfigWriteCondition.Always);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData("Billing:Gateway:TimeoutSeconds", null, "Billing:Gateway:TimeoutSeconds@|Billing:Gateway:TimeoutSeconds@production|Billing:Gateway:TimeoutSeconds@staging")]
    [InlineData("Billing:*", null, "Billing:Gateway:TimeoutSeconds@|Billing:Gateway:TimeoutSeconds@production|Billing:Gateway:TimeoutSeconds@staging|Billing:Retry@staging")]
    [InlineData("billing:*", null, "billing:lowercase@")]
    [InlineData("Billing:Retry,Invoice:Pdf:PageSize", null, "Billing:Retry@staging|Invoice:Pdf:PageSize@production")]
    [InlineData("*", "staging", "Billing:Gateway:TimeoutSeconds@staging|Billing:Retry@staging")]
    [InlineData("*", "production*", "Billing:Gateway:TimeoutSeconds@production|Invoice:Pdf:PageSize@production|Orders:BatchSize@production-eu")]
    [InlineData("Billing:*", "\0", "Billing:Gateway:TimeoutSeconds@")]
    [InlineData("Billing:*", "", "Billing:Gateway:TimeoutSeconds@")]
    [InlineData("Billing:Gateway:TimeoutSeconds", "*", "Billing:Gateway:TimeoutSeconds@|Billing:Gateway:TimeoutSeconds@production|Billing:Gateway:TimeoutSeconds@staging")]
    [InlineData("Billing:Gateway:TimeoutSeconds", "staging,\0", "Billing:Gateway:TimeoutSeconds@|Billing:Gateway:TimeoutSeconds@staging")]
    [InlineData("*", "PRODUCTION", "")]
    [InlineData("Weird\\*Key\\,1", null, "Weird*Key,1@")]
    [InlineData("Weird\\**", null, "Weird*Key,1@")]
    [InlineData("Weird\\\\*", "prod\\,eu", "Weird\\Slash@prod,eu")]
    [InlineData("Weird", null, "")]
    public async Task ListSettingsAsync_Filter_ReturnsTheMatchesOrderedByKeyThenLabel(string keyFilter, string? labelFilter, string expected)
    {
        var listed = await _store.ListSettingsAsync(new ConfigSettingFilter(keyFilter, labelFilter)).ToListAsync();

        Assert.Equal(expected, string.Join("|", listed.Select(s => $"{s.Key}@{s.Label}")));
        Assert.All(listed, s => Assert.Equal($"{s.Key}@{s.Label}", s.Value));
    }

    [Fact]
    public async Task ListSettingsAsync_Everything_ListsThisStoresSettingsInOrdinalOrderWithTheNullLabelFirst()
    {
        var listed = await _store.ListSettingsAsync(ConfigSettingFilter.All).ToListAsync();

        var expected = Seeded.OrderBy(s => s.Key, StringComparer.Ordinal).ThenBy(s => s.Label ?? "", StringComparer.Ordinal)
            .Select(s => $"{s.Key}@{s.Label}");
        Assert.Equal(expected, listed.Select(s => $"{s.Key}@{s.Label}"));
        Assert.Null(listed[0].Label);
    }

    [Theory]
    [InlineData("Bill*ing", null, "'*' may only end an alternative")]
    [InlineData("*Billing", null, "'*' may only end an alternative")]
    [InlineData("a,b,c,d,e,f", null, "at most 5")]
    [InlineData("Billing\\", null, "dangling '\\'")]
    [InlineData("", null, "key filter '' is invalid: it is empty")]
    [InlineData("*", "st*ging", "'*' may only end an alternative")]
    [InlineData("Billing:Retry,Invoice:*", null, "cannot be combined with ','")]
    [InlineData("*", "staging,production*", "cannot be combined with ','")]
    public async Task ListSettingsAsync_UnsupportedFilter_ThrowsInvalidRequestSayingWhy(string keyFilter, string? labelFilter, string reason)
    {
        var refused = await Assert.ThrowsAsync<ConfigStoreException>(() =>
            _store.ListSettingsAsync(new ConfigSettingFilter(keyFilter, labelFilter)).ToListAsync().AsTask());

        Assert.Equal((ConfigStoreErrorKind.InvalidRequest, 400), (refused.Kind, refused.StatusCode));
        Assert.Contains(reason, refused.Message);
    }

    [Fact]
    public async Task ListSettingsAsync_MoreThanOnePage_ReturnsEverySettingOnceInOrder()
    {
        const string key = "Paged:Key";
        for (var i = 0; i < 105; i++)
            await _store.SetSettingAsync(new ConfigSettingWrite(key, i.ToString(CultureInfo.InvariantCulture), "v"), ConfigWriteCondition.Always);

        var listed = await _store.ListSettingsAsync(new ConfigSettingFilter(key)).ToListAsync();

        Assert.Equal(105, listed.Select(s => s.Label).Distinct().Count());
        Assert.Equal(["0", "1", "10", "100", "101"], listed.Take(5).Select(s => s.Label));
        Assert.Equal(listed.Select(s => s.Label).Order(StringComparer.Ordinal), listed.Select(s => s.Label));
    }
}
