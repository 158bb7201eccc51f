namespace Dashboard.Infrastructure.Monitoring;

/// <summary>The Kusto column types a query result carries.</summary>
public enum LogsColumnType
{
    Bool,
    DateTime,
    Dynamic,
    Guid,
    Int,
    Long,
    Real,
    String,
    TimeSpan,
    Decimal,
}
