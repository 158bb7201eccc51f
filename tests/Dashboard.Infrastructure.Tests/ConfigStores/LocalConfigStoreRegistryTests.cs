using Dashboard.Domain;
using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.Tests.Persistence;

namespace Dashboard.Infrastructure.Tests.ConfigStores;

public sealed class LocalConfigStoreRegistryTests
{
    [Fact]
    public void Get_SameName_ReturnsTheSameStore()
    {
        using var database = new SqliteTestDatabase();

        var first = database.ConfigStores.Get("contoso-shared-config");
        var second = database.ConfigStores.Get(" contoso-shared-config ");

        Assert.Same(first, second);
        Assert.Equal("contoso-shared-config", first.StoreName);
    }

    [Fact]
    public void Get_InvalidName_IsRefusedNamingIt()
    {
        using var database = new SqliteTestDatabase();

        var refused = Assert.Throws<DomainException>(() => database.ConfigStores.Get("shared config!"));

        Assert.Contains("'shared config!' is not a valid config store name", refused.Message);
    }

    [Fact]
    public async Task Stores_WithDifferentNames_DoNotSeeEachOthersSettings()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var billing = database.ConfigStores.Get("billing-config");
        var orders = database.ConfigStores.Get("orders-config");

        await billing.SetSettingAsync(new ConfigSettingWrite("Retry:Attempts", null, "3"), ConfigWriteCondition.IfAbsent);
        await orders.SetSettingAsync(new ConfigSettingWrite("Retry:Attempts", null, "5"), ConfigWriteCondition.IfAbsent);

        Assert.Equal("3", (await billing.GetSettingAsync("Retry:Attempts", null)).Setting!.Value);
        Assert.Equal("5", (await orders.GetSettingAsync("Retry:Attempts", null)).Setting!.Value);
        Assert.Null(await billing.DeleteSettingAsync("Other:Key", null));
    }
}
