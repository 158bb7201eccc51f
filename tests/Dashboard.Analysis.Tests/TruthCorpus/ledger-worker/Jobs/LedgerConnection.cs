using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Options;

namespace Ledger.Worker.Jobs;

public sealed class LedgerConnection : IDisposable
{
    private SqlConnection _connection;
    private readonly Dictionary<string, string> _labels = new();

    public LedgerConnection(IOptionsMonitor<LedgerOptions> options)
    {
        _connection = new SqlConnection(options.CurrentValue.ConnectionString);
        _labels["Ledger:NotConfiguration"] = "kept in memory";
        options.OnChange(updated =>
        {
            var replacement = new SqlConnection(updated.ConnectionString);
            replacement.Open();
            var old = Interlocked.Exchange(ref _connection, replacement);
            old.Dispose();
        });
    }

    public Task ReconcileAsync(int batch, bool strict, CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _connection.Dispose();
}

public sealed class LedgerOptions
{
    public string ConnectionString { get; set; } = "";
}
