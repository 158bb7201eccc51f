using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Options;

namespace Billing.Api.Data;

public sealed class LedgerConnection : IDisposable
{
    private SqlConnection _connection;

    public LedgerConnection(IOptionsMonitor<LedgerOptions> options)
    {
        _connection = new SqlConnection(options.CurrentValue.ConnectionString);
        _connection.Open();

        // Any refresh of the store lands here, even one for an unrelated key.
        options.OnChange(updated =>
        {
            _connection.Dispose();
            _connection = new SqlConnection(updated.ConnectionString);
            _connection.Open();
        });
    }

    public async Task<decimal> ChargeAsync(string invoiceId, decimal taxRate)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "UPDATE Invoices SET Status = 'Charged', Total = Net * (1 + @rate) WHERE Id = @id";
        command.Parameters.AddWithValue("@id", invoiceId);
        command.Parameters.AddWithValue("@rate", taxRate);
        await command.ExecuteNonQueryAsync();
        return taxRate;
    }

    public void Dispose() => _connection.Dispose();
}
