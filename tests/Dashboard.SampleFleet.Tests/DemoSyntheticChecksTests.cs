using System.Text.Json;
using Dashboard.SampleFleet.Fleet;

namespace Dashboard.SampleFleet.Tests;

/// <summary>The synthetic checks the root appsettings.json ships pass against the running fleet, so a fresh demo's table is green.</summary>
[Collection(FleetCollection.Name)]
public sealed class DemoSyntheticChecksTests(FleetFixture fixture) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    [Fact]
    public async Task ShippedSyntheticChecks_EveryInstanceOfEveryEnvironment_AnswerTheExpectedStatus()
    {
        var checks = ShippedChecks();

        Assert.Equal(FleetServices.All.Select(s => s.Name).Order(StringComparer.Ordinal), checks.Select(c => c.Service).Distinct().Order(StringComparer.Ordinal));
        foreach (var check in checks)
        {
            foreach (var environment in FleetEnvironments.All)
            {
                foreach (var instance in fixture.Fleet.Service(check.Service, environment).Instances)
                {
                    var url = new Uri(instance.Url.AbsoluteUri.TrimEnd('/') + check.Path);
                    await Eventually.HoldsAsync(async () =>
                    {
                        using var answer = await _http.SendAsync(new HttpRequestMessage(new HttpMethod(check.Method), url));
                        return (int)answer.StatusCode == check.ExpectedStatus;
                    }, TimeSpan.FromSeconds(20), $"{check.Method} {url} to answer {check.ExpectedStatus}");
                }
            }
        }
    }

    private static List<ShippedCheck> ShippedChecks()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Dashboard.sln"))) root = root.Parent;
        Assert.NotNull(root);
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(root.FullName, "appsettings.json")));
        var checks = settings.RootElement.GetProperty("Health").GetProperty("Probes").GetProperty("SyntheticChecks");
        return [.. checks.EnumerateArray().Select(c => new ShippedCheck(
            c.GetProperty("Service").GetString()!, c.GetProperty("Method").GetString()!, c.GetProperty("Path").GetString()!, c.GetProperty("ExpectedStatus").GetInt32()))];
    }

    public void Dispose() => _http.Dispose();

    private sealed record ShippedCheck(string Service, string Method, string Path, int ExpectedStatus);
}
