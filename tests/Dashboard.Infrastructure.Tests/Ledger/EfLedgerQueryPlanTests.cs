using System.Data.Common;
using Dashboard.Domain.Reconciliation;
using Dashboard.Infrastructure.Ledger;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Tests.Ledger;

/// <summary>
/// Find must stay fast on a million rows: SQLite's plan for the count of every criteria shape reads one index alone (no row
/// look-ups), and the sample of a Find bounded by state, currency or time reads its rows from an index range. Plans do not
/// depend on the row count here (no ANALYZE), so the small demo ledger shows the plan the large one gets.
/// </summary>
public class EfLedgerQueryPlanTests(DemoLedgerFixture fixture) : IClassFixture<DemoLedgerFixture>
{
    private static readonly DateTimeOffset Now = DemoLedgerFixture.Anchor;

    public static TheoryData<string> Shapes => [.. CriteriaByShape.Keys];

    /// <summary>Shapes with a state, a currency or a time bound: an index can narrow the sample's rows before they are read.</summary>
    public static TheoryData<string> NarrowedShapes => [.. CriteriaByShape.Keys.Where(shape => shape != "amount range")];

    private static Dictionary<string, ReconciliationCriteria> CriteriaByShape => new()
    {
        ["state"] = ReconciliationCriteria.Create([LedgerState.Captured]),
        ["states older than"] = ReconciliationCriteria.Create([LedgerState.Pending, LedgerState.Authorized], olderThanMinutes: 15),
        ["older than"] = ReconciliationCriteria.Create(olderThanMinutes: 15),
        ["window"] = ReconciliationCriteria.Create(from: Now.AddDays(-30), to: Now),
        ["amount range"] = ReconciliationCriteria.Create(minAmount: 1000, maxAmount: 5000),
        ["currency"] = ReconciliationCriteria.Create(currency: "eur"),
        ["state and amount range"] = ReconciliationCriteria.Create([LedgerState.Captured], minAmount: 1000, maxAmount: 5000),
        ["window, currency and amount range"] = ReconciliationCriteria.Create(from: Now.AddDays(-30), to: Now, minAmount: 1000, maxAmount: 5000, currency: "gbp"),
        ["window and amount range"] = ReconciliationCriteria.Create(from: Now.AddDays(-30), to: Now, minAmount: 1000, maxAmount: 5000),
        ["everything"] = ReconciliationCriteria.Create([LedgerState.Captured, LedgerState.Failed], olderThanMinutes: 15,
            from: Now.AddDays(-30), to: Now, minAmount: 1000, maxAmount: 5000, currency: "usd"),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task FindAsync_EachCriteriaShape_CountsFromOneIndexAlone(string shape)
    {
        var commands = await CaptureFindCommandsAsync(CriteriaByShape[shape]);

        var plan = await ExplainAsync(commands.Single(c => c.Text.Contains("COUNT(*)", StringComparison.Ordinal)));

        var step = Assert.Single(plan);
        Assert.Contains("USING COVERING INDEX", step, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NarrowedShapes))]
    public async Task FindAsync_StateCurrencyOrTimeBound_SamplesFromAnIndexRange(string shape)
    {
        var commands = await CaptureFindCommandsAsync(CriteriaByShape[shape]);

        var plan = await ExplainAsync(commands.Single(c => c.Text.Contains("LIMIT", StringComparison.Ordinal)));

        Assert.Contains(plan, step => step.StartsWith("SEARCH p USING INDEX", StringComparison.Ordinal));
    }

    private async Task<List<CapturedCommand>> CaptureFindCommandsAsync(ReconciliationCriteria criteria)
    {
        var recorder = new CommandRecorder();
        var ledger = new EfLedger(new RecordingFactory(fixture.ConnectionString, recorder), Options.Create(new LedgerOptions()), TimeProvider.System);
        await ledger.FindAsync(criteria, Now, 10);
        return recorder.Commands;
    }

    private async Task<List<string>> ExplainAsync(CapturedCommand command)
    {
        await using var connection = new SqliteConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.Text;
        foreach (var (name, value) in command.Parameters) explain.Parameters.AddWithValue(name, value);
        var steps = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync()) steps.Add(reader.GetString(3));
        return steps;
    }

    private sealed record CapturedCommand(string Text, List<(string Name, object Value)> Parameters);

    private sealed class CommandRecorder : DbCommandInterceptor
    {
        public List<CapturedCommand> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add(new CapturedCommand(command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value ?? DBNull.Value))]));
            return ValueTask.FromResult(result);
        }
    }

    private sealed class RecordingFactory(string connectionString, CommandRecorder recorder) : IDbContextFactory<LedgerDbContext>
    {
        public LedgerDbContext CreateDbContext() =>
            new SqliteLedgerDbContext(new DbContextOptionsBuilder<SqliteLedgerDbContext>().UseSqlite(connectionString).AddInterceptors(recorder).Options);
    }
}
