namespace Dashboard.Infrastructure.Monitoring;

/// <summary>A query's tables and, when the service could answer only in part, why (shown as "partial data").</summary>
public sealed record LogsQueryResult(IReadOnlyList<LogsTable> Tables, string? PartialError)
{
    public bool IsPartial => PartialError is not null;

    public LogsTable PrimaryTable => Tables.Count > 0
        ? Tables[0]
        : throw new LogAnalyticsException(LogAnalyticsErrorKind.InvalidResponse, 200, "The query result has no table.");
}
