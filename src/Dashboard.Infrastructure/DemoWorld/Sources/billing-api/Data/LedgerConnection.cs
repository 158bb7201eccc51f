using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Options;

namespace Billing.Api.Data;

public sealed class LedgerConnection : IDisposable
{
    private SqlConnection _connection;
    private readonly IDisposable? _subscription;

    public LedgerConnection(IOptionsMonitor<LedgerOptions> options)
    {
        _connection = Open(options.CurrentValue);
        _subscription = options.OnChange(updated =>
        {
            _connection.Dispose();
            _connection = Open(updated);
        });
    }

    public async Task<decimal> OpenChargeAsync(string invoiceId, decimal taxRate)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "EXEC ledger.OpenCharge @invoiceId, @taxRate";
        command.Parameters.AddWithValue("@invoiceId", invoiceId);
        command.Parameters.AddWithValue("@taxRate", taxRate);
        return (decimal)(await command.ExecuteScalarAsync())!;
    }

    private static SqlConnection Open(LedgerOptions options)
    {
        var connection = new SqlConnection(options.ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _connection.Dispose();
    }
}
