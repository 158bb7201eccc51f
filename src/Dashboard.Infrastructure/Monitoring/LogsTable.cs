namespace Dashboard.Infrastructure.Monitoring;

/// <summary>
/// One result table with typed cells: bool, DateTimeOffset, JsonElement (dynamic), Guid, int, long, double (real),
/// string, TimeSpan, decimal — or null.
/// </summary>
public sealed record LogsTable(string Name, IReadOnlyList<LogsColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (string.Equals(Columns[i].Name, column, StringComparison.OrdinalIgnoreCase)) return i;
        throw new LogAnalyticsException(LogAnalyticsErrorKind.InvalidResponse, 200,
            $"The result table '{Name}' has no column '{column}'; it has {string.Join(", ", Columns.Select(c => c.Name))}.");
    }
}
