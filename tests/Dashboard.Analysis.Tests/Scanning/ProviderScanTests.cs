using Dashboard.Domain.Scanning;

namespace Dashboard.Analysis.Tests.Scanning;

// More of the App Configuration provider and its hosts: Key Vault, push refresh, Functions bindings, registered keys
// no selector loads, trimmed prefixes.
public class ProviderScanTests
{
    [Fact]
    public async Task ScanAsync_ConfigureKeyVault_ReportsSecretRefresh()
    {
        const string code = """
            builder.Configuration.AddAzureAppConfiguration(options => options
                .Connect(endpoint, credential)
                .ConfigureKeyVault(kv => kv.SetCredential(credential).SetSecretRefreshInterval(TimeSpan.FromHours(1))));
            """;

        var scan = await ServiceSnippets.ScanAsync(code);

        Assert.Equal(new KeyVaultUse(3600, ServiceSnippets.FileName(1), 3), scan.KeyVault);
    }

    [Fact]
    public async Task ScanAsync_ConfigureKeyVaultWithoutRefresh_SaysSecretsNeverRefresh()
    {
        var scan = await ServiceSnippets.ScanAsync("builder.Configuration.AddAzureAppConfiguration(o => o.Connect(c).ConfigureKeyVault(kv => kv.SetCredential(c)));");

        Assert.Null(scan.KeyVault!.SecretRefreshSeconds);
    }

    [Fact]
    public async Task ScanAsync_PushNotification_DrivesRefreshWithEvidence()
    {
        const string code = """
            public sealed class Listener(IConfigurationRefresher refresher)
            {
                public void OnEvent(EventGridEvent e)
                {
                    if (e.TryCreatePushNotification(out var notification))
                        refresher.ProcessPushNotification(notification);
                }
            }
            """;

        var scan = await ServiceSnippets.ScanAsync(code);

        Assert.True(scan.RefreshDriven);
        Assert.Equal([(RefreshDriverKind.PushNotification, 5), (RefreshDriverKind.PushNotification, 6)], scan.RefreshDrivers.Select(d => (d.Kind, d.Line)));
    }

    [Fact]
    public async Task ScanAsync_FunctionsBindingExpressions_AreReads()
    {
        const string code = """
            public sealed class Jobs
            {
                [Function("Cleanup")]
                public void Cleanup([TimerTrigger("%Cleanup:Schedule%")] TimerInfo timer) { }

                [Function("Orders")]
                public void Orders([ServiceBusTrigger("%Orders__Queue%", Connection = "ServiceBus")] string message) { }
            }
            """;

        var scan = await ServiceSnippets.ScanAsync(code);

        Assert.Equal(
            [("Cleanup:Schedule", ConfigReadKind.BindingExpression, 4), ("Orders:Queue", ConfigReadKind.BindingExpression, 7), ("ServiceBus", ConfigReadKind.ConnectionSetting, 7)],
            scan.Reads.Select(r => (r.Key, r.Kind, r.Line)));
    }

    [Fact]
    public async Task ScanAsync_RefreshKeyNoSelectorCovers_IsLoadedByItsRegistration()
    {
        const string code = """
            builder.Configuration.AddAzureAppConfiguration(o => o
                .Select("Orders:*")
                .ConfigureRefresh(r => r.Register("Orders:Sentinel", refreshAll: true).Register("Global:Maintenance")));
            """;

        var scan = await ServiceSnippets.ScanAsync(code);

        Assert.Equal([("Orders:Sentinel", false), ("Global:Maintenance", true)], scan.Refresh.Select(r => (r.Key, r.LoadedByRegistration)));
    }

    [Fact]
    public async Task ScanAsync_ReadUnderTrimmedPrefix_NamesItsStoreKey()
    {
        const string code = """
            builder.Configuration.AddAzureAppConfiguration(o => o.Select("Tax:*").TrimKeyPrefix("Tax:"));
            var rate = builder.Configuration["Rate"];
            var other = builder.Configuration["Unrelated"];
            """;

        var scan = await ServiceSnippets.ScanAsync(code);

        Assert.Equal([("Rate", "Tax:Rate"), ("Unrelated", "Tax:Unrelated")], scan.Reads.Select(r => (r.Key, r.StoreKey)));
    }

    [Fact]
    public async Task ScanAsync_ReadWithoutTrim_HasNoStoreKey()
    {
        var scan = await ServiceSnippets.ScanAsync("builder.Configuration.AddAzureAppConfiguration(o => o.Select(\"Tax:*\"));\nvar rate = builder.Configuration[\"Tax:Rate\"];");

        Assert.Null(Assert.Single(scan.Reads).StoreKey);
    }
}
