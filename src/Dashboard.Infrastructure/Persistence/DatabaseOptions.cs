namespace Dashboard.Infrastructure.Persistence;

/// <summary>The <c>Database</c> settings section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Kept as text so a typo is reported with the accepted values rather than failing the binder.</summary>
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    /// <summary>Empty for SQLite means <c>{DataFolder}/dashboard.db</c>. Required for SQL Server.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Where the SQLite file goes when no connection string is given; created on first start.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>SQLite always migrates on start; SQL Server only when this is true (or by the idempotent script).</summary>
    public bool MigrateOnStart { get; set; }

    /// <summary>
    /// SQLite: how long a statement waits for another writer's lock. Past it the request answers 503 "database busy" instead of
    /// holding the caller (Microsoft.Data.Sqlite waits 30 s by default).
    /// </summary>
    public int BusyTimeoutSeconds { get; set; } = DefaultBusyTimeoutSeconds;

    public const int DefaultBusyTimeoutSeconds = 5;
    public const int MaxBusyTimeoutSeconds = 60;

    public DatabaseProvider ParsedProvider => Enum.Parse<DatabaseProvider>(Provider, ignoreCase: true);

    public string ResolveConnectionString() =>
        ParsedProvider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(ConnectionString)
            ? $"Data Source={Path.Combine(Path.GetFullPath(DataFolder), "dashboard.db")}"
            : ConnectionString;
}
