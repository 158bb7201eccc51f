using Dashboard.SampleFleet.Simulation;
using Microsoft.Extensions.Options;

namespace Billing.Api.Data;

public sealed class LedgerConnection : IDisposable
{
    private SimulatedSqlConnection _connection;
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

    public async Task<decimal> InvoiceNetAsync(string invoiceId)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "EXEC ledger.InvoiceNet @invoiceId";
        command.Parameters.AddWithValue("@invoiceId", invoiceId);
        return (decimal)(await command.ExecuteScalarAsync())!;
    }

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT 1";
        await command.ExecuteScalarAsync(cancellationToken);
    }

    private static SimulatedSqlConnection Open(LedgerOptions options)
    {
        var connection = new SimulatedSqlConnection(options.ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _connection.Dispose();
    }
}
