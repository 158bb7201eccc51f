using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Infrastructure.DemoWorld;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Integration.Tests;

public class LocalConfigStoreHostTests(SeededDashboardFixture fixture) : IClassFixture<SeededDashboardFixture>
{
    [Fact]
    public async Task SeededHost_RegistryServesTheSharedStoresStoryKeyUnderBothLabels()
    {
        var registry = fixture.Host.App.Services.GetRequiredService<LocalConfigStoreRegistry>();

        var store = registry.Get(DemoCatalog.SharedStore);
        var staging = await store.GetSettingAsync(DemoConfiguration.StoryKey, "staging");
        var production = await store.GetSettingAsync(DemoConfiguration.StoryKey, "production");

        Assert.Same(store, fixture.Host.App.Services.GetRequiredService<LocalConfigStoreRegistry>().Get(DemoCatalog.SharedStore));
        Assert.Equal(("0.08", "0.08"), (staging.Setting?.Value, production.Setting?.Value));
        Assert.NotEqual(staging.ETag, production.ETag);
    }
}
