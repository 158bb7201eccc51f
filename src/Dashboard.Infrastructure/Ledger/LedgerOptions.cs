using Dashboard.Infrastructure.Persistence;

namespace Dashboard.Infrastructure.Ledger;

/// <summary>
/// The <c>Ledger</c> settings: the billing service's database, separate from the dashboard's. Production points at SQL Server with
/// a read-only login; writes (ledger corrections) happen only when <see cref="AllowWrites"/> is true.
/// </summary>
public sealed class LedgerOptions
{
    public const string SectionName = "Ledger";

    /// <summary>Sqlite (the embedded demo ledger) or SqlServer; kept as text so a typo is reported with the accepted values.</summary>
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    /// <summary>Empty for SQLite means <c>{DataFolder}/ledger.db</c>. Required for SQL Server (e.g. a managed identity, read-only login).</summary>
    public string ConnectionString { get; set; } = "";

    public string DataFolder { get; set; } = "data";

    /// <summary>Off by default: every ledger correction is refused until this is switched on deliberately.</summary>
    public bool AllowWrites { get; set; }

    /// <summary>Seed the demo ledger (and the embedded sandbox's side of it) into an empty SQLite ledger on start.</summary>
    public bool SeedDemo { get; set; } = true;

    /// <summary>How many transactions the demo ledger holds (847 of them stuck).</summary>
    public int DemoTransactions { get; set; } = 100_000;

    public DatabaseProvider ParsedProvider => Enum.Parse<DatabaseProvider>(Provider, ignoreCase: true);

    public string ResolveConnectionString() =>
        ParsedProvider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(ConnectionString)
            ? $"Data Source={Path.Combine(Path.GetFullPath(DataFolder), "ledger.db")}"
            : ConnectionString;
}
