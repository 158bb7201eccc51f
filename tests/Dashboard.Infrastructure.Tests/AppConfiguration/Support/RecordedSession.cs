using System.Text.Json;

namespace Dashboard.Infrastructure.Tests.AppConfiguration.Support;

/// <summary>A recorded Azure session from Fixtures/azure/{service} (appconfiguration or monitor).</summary>
public sealed record RecordedSession(string Name, IReadOnlyList<RecordedEntry> Entries)
{
    public static RecordedSession Load(string name, string service = "appconfiguration")
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "azure", service, name + ".json");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var entries = document.RootElement.GetProperty("Entries").EnumerateArray().Select(RecordedEntry.Read).ToList();
        return new RecordedSession(name, entries);
    }

    /// <summary>The store the session talked to; recordings come from several SDK test stores.</summary>
    public Uri Endpoint => new(Entries[0].RequestUri.GetLeftPart(UriPartial.Authority));
}
