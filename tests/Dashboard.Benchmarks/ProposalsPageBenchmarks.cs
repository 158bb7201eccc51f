using System.Globalization;
using System.Net;
using BenchmarkDotNet.Attributes;
using Dashboard.Domain.Access;
using Dashboard.Domain.Proposals;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Application.Proposals;
using Dashboard.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Benchmarks;

/// <summary>
/// 50,000 proposals with their events in the dashboard's database: the list query behind the Proposals page (first page,
/// filtered by state and by key), and the signed-in page itself on 127.0.0.1. Target: under 500 ms server time.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class ProposalsPageBenchmarks
{
    private const int Count = 50_000;
    private DashboardTestHost _host = null!;
    private HttpClient _client = null!;
    private IProposalQueries _proposals = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _host = await DashboardTestHost.StartAsync(new Dictionary<string, string> { ["Logging:LogLevel:Default"] = "Error" });
        var factory = _host.App.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        var author = new ProposalActor("engineer", "Eli Engineer", [Roles.Engineer]);
        var start = DateTimeOffset.Parse("2026-01-01T00:00:00Z", CultureInfo.InvariantCulture);
        for (var batch = 0; batch < Count / 5_000; batch++)
        {
            await using var db = await factory.CreateDbContextAsync();
            for (var i = 0; i < 5_000; i++)
            {
                var n = batch * 5_000 + i;
                var proposal = new Proposal(author, new ProposalTarget("contoso-shared-config", $"ns{n % 200:D3}:Setting{n % 1_000:D4}", "staging", "production"),
                    ProposedValue.Set($"value-{n}"), new ObservedSetting("old", null, "s-etag"), new ObservedSetting("old", null, "p-etag"),
                    "Routine change", new BlastRadiusSnapshot("{}", "low"), start.AddMinutes(n));
                if (n % 3 == 0) proposal.ApplyToStaging(author, $"s-etag-{n}", start.AddMinutes(n).AddSeconds(30));
                db.Proposals.Add(proposal);
            }
            await db.SaveChangesAsync();
        }
        _proposals = _host.App.Services.GetRequiredService<IProposalQueries>();
        _client = _host.CreateClient();
        await SignInForm.SignInAsync(_client, "viewer", Dashboard.Infrastructure.DemoWorld.DemoAccounts.Password);
        Console.WriteLine($"// {Count} proposals seeded; first page holds {(await _proposals.ListAsync(new ProposalQuery(), CancellationToken.None)).Items.Count}");
    }

    [Benchmark]
    public Task<ProposalPage> ListNewestFirst() => _proposals.ListAsync(new ProposalQuery(Page: 40), CancellationToken.None);

    [Benchmark]
    public Task<ProposalPage> ListByState() => _proposals.ListAsync(new ProposalQuery(State: ProposalState.AppliedToStaging, Page: 3), CancellationToken.None);

    [Benchmark]
    public Task<ProposalPage> ListByKey() => _proposals.ListAsync(new ProposalQuery(Key: "ns042:Setting0042"), CancellationToken.None);

    [Benchmark]
    public async Task<int> RenderProposalsPage()
    {
        using var response = await _client.GetAsync("proposals");
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET /proposals answered {(int)response.StatusCode}");
        return (await response.Content.ReadAsStringAsync()).Length;
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }
}
