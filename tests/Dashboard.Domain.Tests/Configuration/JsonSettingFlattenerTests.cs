using Dashboard.Domain.Configuration;

namespace Dashboard.Domain.Tests.Configuration;

public class JsonSettingFlattenerTests
{
    private static Dictionary<string, string?> Entries(string key, string? value, string? contentType = StoreBuilder.Json) =>
        JsonSettingFlattener.Flatten(new StoreSetting(key, null, value, contentType)).Entries.ToDictionary(e => e.Key, e => e.Value);

    [Fact]
    public void Flatten_NestedObject_GivesOneEntryPerLeafByPropertyName()
    {
        var entries = Entries("Billing", """{"Tax":{"Rate":0.0825,"Region":"EU"},"Enabled":true}""");

        Assert.Equal(
            new Dictionary<string, string?> { ["Billing:Tax:Rate"] = "0.0825", ["Billing:Tax:Region"] = "EU", ["Billing:Enabled"] = "True" },
            entries);
    }

    [Fact]
    public void Flatten_Array_GivesOneEntryPerItemByIndex()
    {
        var entries = Entries("Hosts", """["a","b"]""");

        Assert.Equal(new Dictionary<string, string?> { ["Hosts:0"] = "a", ["Hosts:1"] = "b" }, entries);
    }

    [Fact]
    public void Flatten_ArrayOfObjectsInsideObject_CombinesIndexesAndNames()
    {
        var entries = Entries("Retry", """{"Policies":[{"Name":"fast","Tries":3},{"Name":"slow","Tries":[1,2]}]}""");

        Assert.Equal("fast", entries["Retry:Policies:0:Name"]);
        Assert.Equal("3", entries["Retry:Policies:0:Tries"]);
        Assert.Equal("2", entries["Retry:Policies:1:Tries:1"]);
        Assert.Equal(5, entries.Count);
    }

    [Fact]
    public void Flatten_NullLeaf_BecomesEmptyText()
    {
        var entries = Entries("Billing", """{"Fallback":null}""");

        Assert.Equal("", entries["Billing:Fallback"]);
    }

    [Fact]
    public void Flatten_EmptyObjectOrArray_GivesNoEntries()
    {
        Assert.Empty(Entries("Billing", "{}"));
        Assert.Empty(Entries("Billing", "[]"));
    }

    [Fact]
    public void Flatten_JsonScalar_StaysUnderTheKeyWithQuotesRemoved()
    {
        Assert.Equal(new Dictionary<string, string?> { ["Billing:Name"] = "invoice" }, Entries("Billing:Name", "\"invoice\""));
    }

    [Fact]
    public void Flatten_InvalidJson_KeepsThePlainValueAndReportsIt()
    {
        var setting = new StoreSetting("Billing", "prod", "{\"Tax\": ", "application/json");

        var flattened = JsonSettingFlattener.Flatten(setting);

        Assert.Equal([new KeyValuePair<string, string?>("Billing", "{\"Tax\": ")], flattened.Entries);
        Assert.True(flattened.IsInvalidJson);
        Assert.Contains("'Billing'", flattened.InvalidJsonError);
        Assert.Contains("application/json", flattened.InvalidJsonError);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData(null)]
    [InlineData("application/vnd.microsoft.appconfig.keyvaultref+json;charset=utf-8")]
    public void Flatten_NotAJsonContentType_KeepsJsonTextAsOneValue(string? contentType)
    {
        var json = """{"uri":"https://vault/secrets/x"}""";

        var flattened = JsonSettingFlattener.Flatten(new StoreSetting("Db:Password", null, json, contentType));

        Assert.Equal([new KeyValuePair<string, string?>("Db:Password", json)], flattened.Entries);
        Assert.False(flattened.IsInvalidJson);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Flatten_BlankValueWithJsonContentType_IsKeptAsIsWithoutAProblem(string? value)
    {
        var flattened = JsonSettingFlattener.Flatten(new StoreSetting("Billing", null, value, "application/json"));

        Assert.Equal([new KeyValuePair<string, string?>("Billing", value)], flattened.Entries);
        Assert.False(flattened.IsInvalidJson);
    }

    [Fact]
    public void Flatten_VendorJsonWithCharset_IsFlattened()
    {
        var entries = Entries("Billing", """{"A":1}""", "application/vnd.foo+json;charset=utf-8");

        Assert.Equal("1", entries["Billing:A"]);
    }
}
