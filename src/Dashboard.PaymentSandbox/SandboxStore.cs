using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Dashboard.PaymentSandbox;

/// <summary>
/// The sandbox's state in one SQLite file: intents, refunds, saved idempotent responses and an effect log per intent. Writes
/// run one at a time inside a transaction, so an effect and the response saved for its idempotency key commit together.
/// </summary>
public sealed class SandboxStore : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    public SandboxStore(string databasePath)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(databasePath));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = true }.ToString();
        Path = databasePath;
    }

    public string Path { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS payment_intents (
                id TEXT PRIMARY KEY, amount INTEGER NOT NULL, currency TEXT NOT NULL, status TEXT NOT NULL, capture_method TEXT NOT NULL,
                amount_received INTEGER NOT NULL, amount_refunded INTEGER NOT NULL, disputed INTEGER NOT NULL, metadata TEXT NOT NULL,
                created INTEGER NOT NULL, capture_before INTEGER NULL, canceled_at INTEGER NULL, cancellation_reason TEXT NULL,
                charge_id TEXT NULL, last_error_code TEXT NULL);
            CREATE TABLE IF NOT EXISTS refunds (
                id TEXT PRIMARY KEY, payment_intent TEXT NOT NULL, charge TEXT NULL, amount INTEGER NOT NULL, currency TEXT NOT NULL,
                status TEXT NOT NULL, created INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS idempotency (
                api_key TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL, status INTEGER NOT NULL, body TEXT NOT NULL,
                created INTEGER NOT NULL, PRIMARY KEY (api_key, key));
            CREATE TABLE IF NOT EXISTS effects (
                seq INTEGER PRIMARY KEY AUTOINCREMENT, intent TEXT NOT NULL, kind TEXT NOT NULL, at INTEGER NOT NULL);
            CREATE INDEX IF NOT EXISTS ix_effects_intent ON effects (intent, kind);
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Runs <paramref name="work"/> alone, in one transaction that commits when it returns.</summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var result = await work(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task<SandboxIntent?> GetIntentAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await GetIntentAsync(connection, null, id, cancellationToken);
    }

    public static async Task<SandboxIntent?> GetIntentAsync(SqliteConnection connection, SqliteTransaction? transaction, string id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT * FROM payment_intents WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadIntent(reader) : null;
    }

    /// <summary>Intents whose metadata has <paramref name="key"/> = <paramref name="value"/>, newest first.</summary>
    public async Task<IReadOnlyList<SandboxIntent>> SearchByMetadataAsync(string key, string value, string? status, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT * FROM payment_intents WHERE json_extract(metadata, $path) = $value AND ($status IS NULL OR status = $status)
            ORDER BY created DESC, id DESC LIMIT $limit
            """;
        command.Parameters.AddWithValue("$path", $"$.\"{key}\"");
        command.Parameters.AddWithValue("$value", value);
        command.Parameters.AddWithValue("$status", (object?)status ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", limit);
        var intents = new List<SandboxIntent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) intents.Add(ReadIntent(reader));
        return intents;
    }

    public static async Task SaveIntentAsync(SqliteConnection connection, SqliteTransaction transaction, SandboxIntent intent, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = UpsertIntentSql;
        BindIntent(command, intent);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task SaveRefundAsync(SqliteConnection connection, SqliteTransaction transaction, SandboxRefund refund, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO refunds VALUES ($id, $pi, $charge, $amount, $currency, $status, $created)";
        command.Parameters.AddWithValue("$id", refund.Id);
        command.Parameters.AddWithValue("$pi", refund.PaymentIntent);
        command.Parameters.AddWithValue("$charge", (object?)refund.Charge ?? DBNull.Value);
        command.Parameters.AddWithValue("$amount", refund.Amount);
        command.Parameters.AddWithValue("$currency", refund.Currency);
        command.Parameters.AddWithValue("$status", refund.Status);
        command.Parameters.AddWithValue("$created", refund.Created);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Logs one effect (capture, cancel, refund) on an intent, the count "zero duplicate effects" is proved with.</summary>
    public static async Task RecordEffectAsync(SqliteConnection connection, SqliteTransaction transaction, string intent, string kind, long at, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO effects (intent, kind, at) VALUES ($intent, $kind, $at)";
        command.Parameters.AddWithValue("$intent", intent);
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$at", at);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<(string Fingerprint, StripeResponse Response)?> GetIdempotentAsync(
        SqliteConnection connection, SqliteTransaction transaction, string apiKey, string key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT fingerprint, status, body FROM idempotency WHERE api_key = $apiKey AND key = $key";
        command.Parameters.AddWithValue("$apiKey", apiKey);
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetString(0), new StripeResponse(reader.GetInt32(1), reader.GetString(2))) : null;
    }

    public static async Task SaveIdempotentAsync(
        SqliteConnection connection, SqliteTransaction transaction, string apiKey, string key, string fingerprint, StripeResponse response, long at, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO idempotency VALUES ($apiKey, $key, $fingerprint, $status, $body, $at)";
        command.Parameters.AddWithValue("$apiKey", apiKey);
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$fingerprint", fingerprint);
        command.Parameters.AddWithValue("$status", response.StatusCode);
        command.Parameters.AddWithValue("$body", response.Body);
        command.Parameters.AddWithValue("$at", at);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Effects per intent and kind, for the stats endpoint.</summary>
    public async Task<IReadOnlyList<(string Intent, string Kind, int Count)>> EffectCountsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT intent, kind, COUNT(*) FROM effects GROUP BY intent, kind ORDER BY intent, kind";
        var counts = new List<(string, string, int)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) counts.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
        return counts;
    }

    public async Task<long> CountIntentsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM payment_intents";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// Inserts or replaces many intents in one transaction with one prepared command: how the demo world puts the gateway's side
    /// of its story in place. Seeding logs no effects: it is the state before reconciliation, not something reconciliation did.
    /// </summary>
    public async Task SeedAsync(IEnumerable<SandboxIntent> intents, CancellationToken cancellationToken = default)
    {
        await WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = UpsertIntentSql;
            foreach (var intent in intents)
            {
                cancellationToken.ThrowIfCancellationRequested();
                command.Parameters.Clear();
                BindIntent(command, intent);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            return 0;
        }, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; clearing lets a test or a restart reopen or delete it.
        await Task.Run(() => SqliteConnection.ClearPool(new SqliteConnection(_connectionString)));
        _writeLock.Dispose();
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private const string UpsertIntentSql = """
        INSERT OR REPLACE INTO payment_intents VALUES ($id, $amount, $currency, $status, $captureMethod, $received, $refunded, $disputed,
            $metadata, $created, $captureBefore, $canceledAt, $cancellationReason, $chargeId, $lastError)
        """;

    private static void BindIntent(SqliteCommand command, SandboxIntent intent)
    {
        command.Parameters.AddWithValue("$id", intent.Id);
        command.Parameters.AddWithValue("$amount", intent.Amount);
        command.Parameters.AddWithValue("$currency", intent.Currency);
        command.Parameters.AddWithValue("$status", intent.Status);
        command.Parameters.AddWithValue("$captureMethod", intent.CaptureMethod);
        command.Parameters.AddWithValue("$received", intent.AmountReceived);
        command.Parameters.AddWithValue("$refunded", intent.AmountRefunded);
        command.Parameters.AddWithValue("$disputed", intent.Disputed ? 1 : 0);
        command.Parameters.AddWithValue("$metadata", JsonSerializer.Serialize(intent.Metadata));
        command.Parameters.AddWithValue("$created", intent.Created);
        command.Parameters.AddWithValue("$captureBefore", (object?)intent.CaptureBefore ?? DBNull.Value);
        command.Parameters.AddWithValue("$canceledAt", (object?)intent.CanceledAt ?? DBNull.Value);
        command.Parameters.AddWithValue("$cancellationReason", (object?)intent.CancellationReason ?? DBNull.Value);
        command.Parameters.AddWithValue("$chargeId", (object?)intent.ChargeId ?? DBNull.Value);
        command.Parameters.AddWithValue("$lastError", (object?)intent.LastErrorCode ?? DBNull.Value);
    }

    private static SandboxIntent ReadIntent(SqliteDataReader reader) => new(
        reader.GetString(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
        reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7) != 0,
        JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(8)) ?? [],
        reader.GetInt64(9),
        reader.IsDBNull(10) ? null : reader.GetInt64(10),
        reader.IsDBNull(11) ? null : reader.GetInt64(11),
        reader.IsDBNull(12) ? null : reader.GetString(12),
        reader.IsDBNull(13) ? null : reader.GetString(13),
        reader.IsDBNull(14) ? null : reader.GetString(14));
}
