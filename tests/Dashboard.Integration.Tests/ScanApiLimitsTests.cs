using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.TestHost;

namespace Dashboard.Integration.Tests;

// POST /api/scan reads the server's disk: only under SourceScan:Roots, never through links, within size and time
// limits, stopping when the caller gives up, one scan at a time per user.
public class ScanApiLimitsTests(ScanRootsFixture fixture) : IClassFixture<ScanRootsFixture>
{
    private static readonly TimeSpan ReleaseDeadline = TimeSpan.FromSeconds(3);

    private async Task<HttpClient> EngineerAsync()
    {
        var client = fixture.Host.CreateClient();
        await SignInForm.SignInAsync(client, "engineer", DemoAccounts.Password);
        return client;
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    // About twice what an idle 2-core machine scans within the fixture's time limit (60 services of 60 files: 10 s against 5 s),
    // so the time limit is reached however fast the machine; the limit stays above the 3 s release deadline, so a scan that
    // ignored cancellation would still fail the cancellation tests.
    private string LargeFleet()
    {
        var root = fixture.NewFolder("fleet");
        var line = new StringBuilder();
        for (var service = 0; service < 60; service++)
        {
            var folder = Path.Combine(root, $"svc-{service:D2}");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, $"svc-{service:D2}.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />");
            for (var file = 0; file < 60; file++)
            {
                line.Clear().Append(CultureInfo.InvariantCulture, $"public sealed class Reader{file}(IConfiguration configuration)\n{{\n");
                for (var member = 0; member < 60; member++)
                    line.Append(CultureInfo.InvariantCulture, $"    public string Value{member} => configuration.GetSection(\"Svc{service}:Area{file}\")[Key{member}] ?? Fallback(\"{member}\", {member} * {file});\n"
                                + $"    private const string Key{member} = \"Setting{member}\";\n");
                line.Append("    private static string Fallback(string name, int seed) => name + seed.ToString(System.Globalization.CultureInfo.InvariantCulture);\n}\n");
                File.WriteAllText(Path.Combine(folder, $"Reader{file}.cs"), line.ToString());
            }
        }
        return root;
    }

    private static async Task<HttpStatusCode> WaitUntilNotTooManyAsync(HttpClient client, TimeSpan deadline)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var response = await client.PostAsJsonAsync("api/scan", new { path = ScanRootsFixture.SamplesRoot });
            if (response.StatusCode != HttpStatusCode.TooManyRequests || clock.Elapsed > deadline)
                return response.StatusCode;
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Scan_SymlinkLoop_EndsAndReportsTheLinkNotFollowed()
    {
        using var client = await EngineerAsync();
        var root = fixture.NewFolder("loop");
        Directory.CreateDirectory(Path.Combine(root, "api"));
        await File.WriteAllTextAsync(Path.Combine(root, "api", "api.csproj"), "<Project />");
        await File.WriteAllTextAsync(Path.Combine(root, "api", "Program.cs"), "var rate = builder.Configuration[\"Tax:Rate\"];");
        Directory.CreateSymbolicLink(Path.Combine(root, "api", "loop"), root);

        var response = await client.PostAsJsonAsync("api/scan", new { path = root });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var scan = await BodyAsync(response);
        var diagnostic = Assert.Single(scan.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("api/loop", diagnostic.GetProperty("file").GetString());
        Assert.Contains("not followed", diagnostic.GetProperty("message").GetString());
        Assert.Equal("Tax:Rate", scan.GetProperty("services")[0].GetProperty("reads")[0].GetProperty("key").GetString());
    }

    [Fact]
    public async Task Scan_FiftyMegabyteFile_IsADiagnosticNamingTheLimitAndIsNotRead()
    {
        using var client = await EngineerAsync();
        var root = fixture.NewFolder("huge");
        Directory.CreateDirectory(Path.Combine(root, "api"));
        await File.WriteAllTextAsync(Path.Combine(root, "api", "api.csproj"), "<Project />");
        await File.WriteAllTextAsync(Path.Combine(root, "api", "Program.cs"), "var rate = builder.Configuration[\"Tax:Rate\"];");
        await using (var huge = File.Create(Path.Combine(root, "api", "Generated.cs")))
        {
            var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("var x = configuration[\"Generated:Key\"];\n", 1024)));
            while (huge.Length < 50L * 1024 * 1024)
                await huge.WriteAsync(chunk);
        }

        var response = await client.PostAsJsonAsync("api/scan", new { path = root });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var scan = await BodyAsync(response);
        var diagnostic = Assert.Single(scan.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("api/Generated.cs", diagnostic.GetProperty("file").GetString());
        Assert.Contains("over the 1 MB limit per file", diagnostic.GetProperty("message").GetString());
        Assert.Equal(["Tax:Rate"], scan.GetProperty("services")[0].GetProperty("reads").EnumerateArray().Select(r => r.GetProperty("key").GetString()));
    }

    [Theory]
    [InlineData("/etc")]
    [InlineData("/proc/self")]
    public async Task Scan_PathOutsideTheRoots_Is400NamingTheSetting(string path)
    {
        using var client = await EngineerAsync();

        var response = await client.PostAsJsonAsync("api/scan", new { path });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await BodyAsync(response);
        Assert.Equal("path", problem.GetProperty("field").GetString());
        Assert.Contains("outside the folders this server scans (SourceScan:Roots", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Scan_PathClimbingOutOfARoot_Is400()
    {
        using var client = await EngineerAsync();

        var response = await client.PostAsJsonAsync("api/scan", new { path = Path.Combine(fixture.TempRoot, "..", "..") });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("SourceScan:Roots", (await BodyAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Scan_PathThroughALinkOutOfTheRoot_Is400()
    {
        using var client = await EngineerAsync();
        var root = fixture.NewFolder("escape");
        Directory.CreateSymbolicLink(Path.Combine(root, "etc"), "/etc");

        var response = await client.PostAsJsonAsync("api/scan", new { path = Path.Combine(root, "etc") });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("symbolic link or junction; links are not followed", (await BodyAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Scan_CancelledByTheCaller_StopsAndFreesTheUsersSlot()
    {
        using var client = await EngineerAsync();
        var fleet = LargeFleet();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.PostAsJsonAsync("api/scan", new { path = fleet }, cancel.Token));

        // The slot is held until the scan itself ends: a scan that ignored the cancellation would hold it until the time limit.
        Assert.Equal(HttpStatusCode.OK, await WaitUntilNotTooManyAsync(client, ReleaseDeadline));
    }

    [Fact]
    public async Task Scan_SecondScanOfTheSameUserWhileOneRuns_Is429()
    {
        using var first = await EngineerAsync();
        using var second = await EngineerAsync();
        var fleet = LargeFleet();
        using var cancel = new CancellationTokenSource();
        var running = first.PostAsJsonAsync("api/scan", new { path = fleet }, cancel.Token);
        await Task.Delay(500);

        var response = await second.PostAsJsonAsync("api/scan", new { path = ScanRootsFixture.SamplesRoot });

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("one scan at a time per user", (await BodyAsync(response)).GetProperty("detail").GetString());
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.Equal(HttpStatusCode.OK, await WaitUntilNotTooManyAsync(second, ReleaseDeadline));
    }

    [Fact]
    public async Task Scan_LongerThanTheTimeLimit_Is400NamingTheSetting()
    {
        using var client = await EngineerAsync();

        var response = await client.PostAsJsonAsync("api/scan", new { path = LargeFleet() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"longer than the {ScanRootsFixture.TimeLimitSeconds} s limit (SourceScan:TimeLimitSeconds)", (await BodyAsync(response)).GetProperty("detail").GetString());
    }
}
