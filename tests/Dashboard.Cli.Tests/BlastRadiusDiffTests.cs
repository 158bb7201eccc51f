using System.Text;
using System.Text.Json;

namespace Dashboard.Cli.Tests;

public sealed class BlastRadiusDiffTests : IDisposable
{
    private static readonly string Sources = Path.Combine(AppContext.BaseDirectory, "DemoWorld", "Sources");
    private readonly TempFolder _folder = new TempFolder().With("catalog-info.yaml", BlastRadiusCommandTests.Catalog);

    [Fact]
    public async Task KvSetDiff_TaxRateChange_MarkdownRowIsCriticalWithBothValues()
    {
        Write("before.json", KvSet(("tax.rate.default", "production", "0.08"), ("Marketing:Banner:Text", null, "Hello")));
        Write("after.json", KvSet(("tax.rate.default", "production", "0.0825"), ("Marketing:Banner:Text", null, "Hello")));

        var output = await DiffAsync("--format", "markdown");

        Assert.Equal(0, output.ExitCode);
        Assert.StartsWith("### Config blast radius: 🔴 critical", output.Stdout);
        var row = output.Stdout.Split('\n').Single(line => line.Contains("tax.rate.default", StringComparison.Ordinal) && line.StartsWith('|'));
        Assert.Contains("| 🔴 critical | changed | ` tax.rate.default ` | production | ` 0.08 ` | ` 0.0825 ` |", row);
        Assert.Contains("billing-api (reloads)", row);
        Assert.Contains("<details><summary>tax.rate.default (production): why critical</summary>", output.Stdout);
        Assert.DoesNotContain("Marketing:Banner:Text", output.Stdout);
    }

    [Fact]
    public async Task KvSetDiff_AddedChangedDeleted_JsonNamesEachWithItsRadius()
    {
        Write("before.json", KvSet(("tax.rate.default", "production", "0.08"), ("Old:Key", null, "x"), ("Same", null, "1")));
        Write("after.json", KvSet(("tax.rate.default", "production", "0.09"), ("New:Key", null, "y"), ("Same", null, "1")));

        var output = await DiffAsync("--json", "--environment", "staging");

        Assert.Equal(0, output.ExitCode);
        var keys = JsonDocument.Parse(output.Stdout).RootElement.EnumerateArray()
            .Select(k => (k.GetProperty("change").GetString(), k.GetProperty("key").GetString(), k.GetProperty("radius").GetProperty("riskLevel").GetString()))
            .ToList();
        Assert.Equal([("added", "New:Key", "low"), ("deleted", "Old:Key", "low"), ("changed", "tax.rate.default", "critical")], keys);
    }

    [Fact]
    public async Task KvSetDiff_TagOrContentTypeChangeOnly_CountsAsChanged()
    {
        Write("before.json", """{"items":[{"key":"a","value":"1","label":null,"content_type":"","tags":{"team":"x"}}]}""");
        Write("after.json", """{"items":[{"key":"a","value":"1","label":null,"content_type":"","tags":{"team":"y"}}]}""");

        var output = await DiffAsync("--json");

        Assert.Equal("changed", JsonDocument.Parse(output.Stdout).RootElement[0].GetProperty("change").GetString());
    }

    [Fact]
    public async Task FlatDiff_WithLabel_AnalysesTheKeysUnderThatLabel()
    {
        Write("before.json", """{"tax.rate.default": "0.08", "Retries": 3}""");
        Write("after.json", """{"tax.rate.default": "0.0825", "Retries": 3}""");

        var output = await DiffAsync("--label", "production", "--fail-on", "high");

        Assert.Equal(1, output.ExitCode);
        Assert.StartsWith("changed: 0.08 → 0.0825", output.Stdout);
        Assert.Contains("tax.rate.default [production]: risk critical", output.Stdout);
        Assert.Contains("at or above --fail-on high: tax.rate.default (critical)", output.Stderr);
    }

    [Fact]
    public async Task FailOn_AboveTheHighestRisk_Exits0()
    {
        Write("before.json", KvSet(("Marketing:Banner:Text", null, "Hello")));
        Write("after.json", KvSet(("Marketing:Banner:Text", null, "Hi")));

        var output = await DiffAsync("--environment", "staging", "--fail-on", "medium");

        Assert.Equal(0, output.ExitCode);
        Assert.Contains("risk low", output.Stdout);
    }

    [Fact]
    public async Task IdenticalFiles_MarkdownSaysNothingChanged_AndPassesAnyGate()
    {
        Write("before.json", KvSet(("tax.rate.default", "production", "0.08")));
        Write("after.json", KvSet(("tax.rate.default", "production", "0.08")));

        var output = await DiffAsync("--format", "markdown", "--fail-on", "low");

        Assert.Equal(0, output.ExitCode);
        Assert.Equal("### Config blast radius: no key-values changed", output.Stdout.Trim());
    }

    [Fact]
    public async Task SecretsAndPipes_AreMaskedAndEscapedInTheComment()
    {
        Write("before.json", """{"items":[{"key":"Db:Password","value":"hunter2","label":null},{"key":"Greeting","value":"a|b","label":null},{"key":"Vault","value":"{\"uri\":\"https://kv/secrets/x\"}","label":null,"content_type":"application/vnd.microsoft.appconfig.keyvaultref+json;charset=utf-8"}]}""");
        Write("after.json", """{"items":[{"key":"Db:Password","value":"hunter3","label":null},{"key":"Greeting","value":"a|c","label":null},{"key":"Vault","value":"{\"uri\":\"https://kv/secrets/y\"}","label":null,"content_type":"application/vnd.microsoft.appconfig.keyvaultref+json;charset=utf-8"}]}""");

        var output = await DiffAsync("--format", "markdown");

        Assert.DoesNotContain("hunter", output.Stdout);
        Assert.DoesNotContain("secrets/", output.Stdout);
        Assert.Contains("` a\\|b ` | ` a\\|c `", output.Stdout);
    }

    [Theory]
    [InlineData("[1, 2]", "holds a JSON array; an export file is an object")]
    [InlineData("{\"items\": [", "is not JSON an export can hold")]
    [InlineData("{\"items\": [{\"value\": \"1\"}]}", "items[0] has no \"key\"")]
    [InlineData("{\"items\": [{\"key\": \"a\", \"tags\": {\"t\": 1}}]}", "tag \"t\" is a JSON number; tag values are strings")]
    [InlineData("{\"items\": [{\"key\": \"a\"}, {\"key\": \"a\"}]}", "holds key 'a' (no label) 2 times")]
    [InlineData("{\"items\": [{\"key\": \"a\", \"label\": 5}]}", "\"label\" is a JSON number; it must be a string or null")]
    public async Task BadAfterFile_Exits2NamingTheFileAndTheProblem(string text, string expected)
    {
        Write("before.json", KvSet(("a", null, "1")));
        Write("after.json", text);

        var output = await DiffAsync();

        Assert.Equal(2, output.ExitCode);
        Assert.Contains(_folder.PathOf("after.json"), output.Stderr);
        Assert.Contains(expected, output.Stderr);
        Assert.Empty(output.Stdout);
    }

    [Fact]
    public async Task DeeplyNestedFile_Exits2NamingTheDepthLimit()
    {
        Write("before.json", KvSet(("a", null, "1")));
        Write("after.json", "{\"a\":" + new string('[', 40) + new string(']', 40) + "}");

        var output = await DiffAsync();

        Assert.Equal(2, output.ExitCode);
        Assert.Contains("nest at most 16 levels", output.Stderr);
    }

    [Fact]
    public async Task TooManyItems_Exits2NamingTheLimit()
    {
        Write("before.json", KvSet(("a", null, "1")));
        Write("after.json", "{" + string.Join(',', Enumerable.Range(0, 20_001).Select(i => $"\"k{i}\":\"v\"")) + "}");

        var output = await DiffAsync();

        Assert.Equal(2, output.ExitCode);
        Assert.Contains("more than 20,000 key-values", output.Stderr);
    }

    [Fact]
    public async Task OversizedFile_Exits2BeforeParsing()
    {
        Write("before.json", KvSet(("a", null, "1")));
        Write("after.json", "{\"a\":\"" + new string('x', 17 * 1024 * 1024) + "\"}");

        var output = await DiffAsync();

        Assert.Equal(2, output.ExitCode);
        Assert.Contains("at most 16,777,216 are read", output.Stderr);
    }

    [Fact]
    public async Task MissingFile_Exits2NamingIt()
    {
        Write("before.json", KvSet(("a", null, "1")));

        var output = await DiffAsync();

        Assert.Equal(2, output.ExitCode);
        Assert.Contains($"'{_folder.PathOf("after.json")}' does not exist", output.Stderr);
    }

    [Fact]
    public async Task LabelWithKvSetFiles_Exits2()
    {
        Write("before.json", KvSet(("a", null, "1")));
        Write("after.json", KvSet(("a", null, "2")));

        var output = await DiffAsync("--label", "production");

        Assert.Equal(2, output.ExitCode);
        Assert.Contains("leave out --label", output.Stderr);
    }

    [Fact]
    public async Task MixedProfiles_Exits2()
    {
        Write("before.json", KvSet(("a", null, "1")));
        Write("after.json", """{"a": "2"}""");

        var output = await DiffAsync();

        Assert.Equal(2, output.ExitCode);
        Assert.Contains("export both with the same --profile", output.Stderr);
    }

    [Theory]
    [InlineData(new[] { "--key", "k" }, "leave out --key")]
    [InlineData(new[] { "--delete" }, "leave out --key, --value, --delete")]
    public async Task DiffWithSingleKeyOptions_Exits2(string[] extra, string expected)
    {
        Write("before.json", KvSet(("a", null, "1")));
        Write("after.json", KvSet(("a", null, "2")));

        var output = await DiffAsync(extra);

        Assert.Equal(2, output.ExitCode);
        Assert.Contains(expected, output.Stderr);
    }

    [Fact]
    public async Task MarkdownWithoutDiff_Exits2()
    {
        var output = await Cli.RunAsync("blast-radius", "--catalog", _folder.PathOf("catalog-info.yaml"), "--source", Sources,
            "--key", "k", "--value", "1", "--format", "markdown");

        Assert.Equal(2, output.ExitCode);
        Assert.Contains("use it with --diff", output.Stderr);
    }

    public void Dispose() => _folder.Dispose();

    private void Write(string name, string text) => _folder.With(name, text);

    private static string KvSet(params (string Key, string? Label, string Value)[] items)
    {
        var json = new StringBuilder("{\"items\":[");
        json.AppendJoin(',', items.Select(i => JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["content_type"] = "", ["key"] = i.Key, ["label"] = i.Label, ["locked"] = false, ["tags"] = new Dictionary<string, string>(), ["value"] = i.Value,
        })));
        return json.Append("]}").ToString();
    }

    private Task<CliOutput> DiffAsync(params string[] args) =>
        Cli.RunAsync(["blast-radius", "--catalog", _folder.PathOf("catalog-info.yaml"), "--source", Sources,
            "--diff", _folder.PathOf("before.json"), _folder.PathOf("after.json"), .. args]);
}
