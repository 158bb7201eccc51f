using System.Data.Common;
using Dashboard.Domain.Reconciliation;
using Dashboard.Infrastructure.Ledger;
using Dashboard.PaymentSandbox;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.DemoWorld;

/// <summary>
/// Writes the demo's billing world into an empty ledger (one transaction, one prepared command per table: 100,000 transactions
/// take a second or two) and its gateway side into the sandbox.
/// </summary>
public static class DemoLedgerSeeder
{
    /// <summary>Seeds <paramref name="world"/> unless the ledger already has orders; returns whether it wrote.</summary>
    public static async Task<bool> SeedLedgerAsync(LedgerDbContext db, DemoLedger world, CancellationToken cancellationToken)
    {
        if (await db.Orders.AnyAsync(cancellationToken)) return false;
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        await using var order = Prepare(connection, transaction,
            "INSERT INTO Orders (Id, OrderNumber, State, Amount, Currency, CreatedAt, UpdatedAt, Version) VALUES ($1, $2, $3, $4, $5, $6, $6, 1)", 6);
        await using var attempt = Prepare(connection, transaction,
            "INSERT INTO PaymentAttempts (Id, OrderId, IdempotencyKey, GatewayReference, MerchantReference, Amount, Currency, State, AttemptedAt, UpdatedAt, Version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, 1)", 9);
        await using var confirmation = Prepare(connection, transaction,
            "INSERT INTO BillingConfirmations (OrderId, PaymentAttemptId, ConfirmedAt) VALUES ($1, $2, $3)", 3);

        var written = new HashSet<long>();
        foreach (var t in world.Transactions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (written.Add(t.OrderId))
                await RunAsync(order, cancellationToken, t.OrderId, t.OrderNumber, t.OrderState.ToWire(), t.Amount, t.Currency, t.AttemptedAt.UtcTicks);
            await RunAsync(attempt, cancellationToken, t.AttemptId, t.OrderId, t.IdempotencyKey, (object?)t.GatewayReference ?? DBNull.Value, t.OrderNumber,
                t.Amount, t.Currency, t.State.ToWire(), t.AttemptedAt.UtcTicks);
            if (t.ConfirmsOrder)
                await RunAsync(confirmation, cancellationToken, t.OrderId, t.AttemptId, t.AttemptedAt.AddSeconds(2).UtcTicks);
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Seeds the gateway's side unless the sandbox already holds intents; returns whether it wrote.</summary>
    public static async Task<bool> SeedSandboxAsync(SandboxStore store, DemoLedger world, CancellationToken cancellationToken)
    {
        if (await store.CountIntentsAsync(cancellationToken) > 0) return false;
        await store.SeedAsync(world.Intents, cancellationToken);
        return true;
    }

    private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"${i}";
            command.Parameters.Add(parameter);
        }
        command.Prepare();
        return command;
    }

    private static async Task RunAsync(DbCommand command, CancellationToken cancellationToken, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
