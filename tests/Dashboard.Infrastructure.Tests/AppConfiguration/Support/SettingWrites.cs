using Dashboard.Domain.ConfigStores;

namespace Dashboard.Infrastructure.Tests.AppConfiguration.Support;

/// <summary>The settings the SDK's live tests wrote, so replays send the recorded bodies.</summary>
public static class SettingWrites
{
    public static ConfigSettingWrite Standard(string key, string? label, string value = "test_value") =>
        new(key, label, value, "test_content_type", new Dictionary<string, string> { ["tag1"] = "value1", ["tag2"] = "value2" });

    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
            list.Add(item);
        return list;
    }
}
