using Dashboard.Application.Health;

namespace Dashboard.Infrastructure.Monitoring;

/// <summary>
/// The one summarised query per refresh: per service (the Application Insights role name) and minute, the requests
/// (weighted by ItemCount, as sampling leaves them), the 5xx and 4xx answers, and the weighted p95 duration.
/// </summary>
public static class RequestSummaryQuery
{
    public static string For(string table) => table switch
    {
        RequestTable.AppRequests => """
            AppRequests
            | extend code = toint(ResultCode)
            | summarize requests = sum(ItemCount), serverErrors = sumif(ItemCount, code >= 500), clientErrors = sumif(ItemCount, code >= 400 and code < 500),
                p95 = percentilew(DurationMs, ItemCount, 95) by service = AppRoleName, minute = bin(TimeGenerated, 1m)
            """,
        RequestTable.ClassicRequests => """
            requests
            | extend code = toint(resultCode)
            | summarize requests = sum(itemCount), serverErrors = sumif(itemCount, code >= 500), clientErrors = sumif(itemCount, code >= 400 and code < 500),
                p95 = percentilew(duration, itemCount, 95) by service = cloud_RoleName, minute = bin(timestamp, 1m)
            """,
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, $"Use {RequestTable.AppRequests} or {RequestTable.ClassicRequests}."),
    };

    /// <summary>The samples per service name (case-insensitive), each in minute order. Rows without a service name are left out.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<RequestSample>> Read(LogsTable table)
    {
        int service = Column(table, "service"), minute = Column(table, "minute"), requests = Column(table, "requests"),
            serverErrors = Column(table, "serverErrors"), clientErrors = Column(table, "clientErrors"), p95 = Column(table, "p95");
        return table.Rows
            .Where(row => row[service] is string { Length: > 0 })
            .GroupBy(row => (string)row[service]!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(
                rows => rows.Key,
                rows => (IReadOnlyList<RequestSample>)[.. rows
                    .Select(row => new RequestSample((DateTimeOffset)row[minute]!, Number(row[requests]), Number(row[serverErrors]), Number(row[clientErrors]), Real(row[p95])))
                    .OrderBy(s => s.Minute)],
                StringComparer.OrdinalIgnoreCase);
    }

    private static int Column(LogsTable table, string name) => table.IndexOf(name) is var index and >= 0
        ? index
        : throw new LogAnalyticsException(LogAnalyticsErrorKind.InvalidResponse, 200,
            $"The answer has no '{name}' column, so it is not the request summary; check Health:LogAnalytics:Table names the workspace's request table.");

    private static long Number(object? cell) => cell switch
    {
        null => 0,
        long value => value,
        int value => value,
        double value => (long)value,
        decimal value => (long)value,
        _ => throw new LogAnalyticsException(LogAnalyticsErrorKind.InvalidResponse, 200, $"A request count reads as {cell.GetType().Name}, not a number."),
    };

    private static double? Real(object? cell) => cell switch
    {
        null => null,
        double value when double.IsFinite(value) => value,
        double => null,
        long value => value,
        int value => value,
        decimal value => (double)value,
        _ => throw new LogAnalyticsException(LogAnalyticsErrorKind.InvalidResponse, 200, $"A p95 reads as {cell.GetType().Name}, not a number."),
    };
}
