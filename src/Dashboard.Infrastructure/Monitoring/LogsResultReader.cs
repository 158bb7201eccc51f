using System.Globalization;
using System.Text.Json;

namespace Dashboard.Infrastructure.Monitoring;

/// <summary>
/// Reads a query response: <c>tables[].columns[]/rows[][]</c> into typed cells, and <c>error</c> beside the tables as the
/// partial-data reason. Kusto sends decimal as a string ("0.10101"), timespan as "00:00:10", dynamic as JSON (often
/// inside a string), real as a number or "NaN"/"Infinity".
/// </summary>
internal static class LogsResultReader
{
    private static readonly JsonDocumentOptions Limits = new() { MaxDepth = 64 };

    public static LogsQueryResult Read(BinaryData body)
    {
        try
        {
            using var document = JsonDocument.Parse(body.ToMemory(), Limits);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("tables", out var tables) || tables.ValueKind != JsonValueKind.Array)
                throw Invalid("it has no 'tables' array");
            return new LogsQueryResult([.. tables.EnumerateArray().Select(ReadTable)],
                root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object ? LogAnalyticsErrors.Describe(error) : null);
        }
        catch (JsonException error)
        {
            throw Invalid($"it is not JSON ({error.Message})");
        }
    }

    private static LogsTable ReadTable(JsonElement table)
    {
        var name = table.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
        var columns = table.GetProperty("columns").EnumerateArray()
            .Select(c => new LogsColumn(c.GetProperty("name").GetString() ?? "", TypeOf(c.GetProperty("type").GetString())))
            .ToList();
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var row in table.GetProperty("rows").EnumerateArray())
        {
            var cells = new object?[columns.Count];
            var i = 0;
            foreach (var cell in row.EnumerateArray())
            {
                if (i >= columns.Count) throw Invalid($"a row of table '{name}' has more cells than its {columns.Count} columns");
                cells[i] = Cell(cell, columns[i]);
                i++;
            }
            if (i != columns.Count) throw Invalid($"a row of table '{name}' has {i} cells for {columns.Count} columns");
            rows.Add(cells);
        }
        return new LogsTable(name, columns, rows);
    }

    private static LogsColumnType TypeOf(string? type) => type?.ToLowerInvariant() switch
    {
        "bool" or "boolean" => LogsColumnType.Bool,
        "datetime" or "date" => LogsColumnType.DateTime,
        "dynamic" => LogsColumnType.Dynamic,
        "guid" or "uuid" or "uniqueid" => LogsColumnType.Guid,
        "int" => LogsColumnType.Int,
        "long" => LogsColumnType.Long,
        "real" or "double" => LogsColumnType.Real,
        "string" => LogsColumnType.String,
        "timespan" or "time" => LogsColumnType.TimeSpan,
        "decimal" => LogsColumnType.Decimal,
        _ => throw Invalid($"column type '{type}' is not a Kusto type"),
    };

    private static object? Cell(JsonElement cell, LogsColumn column)
    {
        if (cell.ValueKind == JsonValueKind.Null) return null;
        try
        {
            return column.Type switch
            {
                LogsColumnType.Bool => cell.ValueKind == JsonValueKind.String ? bool.Parse(cell.GetString()!) : cell.GetBoolean(),
                LogsColumnType.DateTime => DateTimeOffset.Parse(cell.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                LogsColumnType.Dynamic => Dynamic(cell),
                LogsColumnType.Guid => Guid.Parse(cell.GetString()!),
                LogsColumnType.Int => cell.ValueKind == JsonValueKind.String ? int.Parse(cell.GetString()!, CultureInfo.InvariantCulture) : cell.GetInt32(),
                LogsColumnType.Long => cell.ValueKind == JsonValueKind.String ? long.Parse(cell.GetString()!, CultureInfo.InvariantCulture) : cell.GetInt64(),
                LogsColumnType.Real => cell.ValueKind == JsonValueKind.String ? double.Parse(cell.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture) : cell.GetDouble(),
                LogsColumnType.String => cell.ValueKind == JsonValueKind.String ? cell.GetString() : cell.GetRawText(),
                LogsColumnType.TimeSpan => TimeSpan.Parse(cell.GetString()!, CultureInfo.InvariantCulture),
                LogsColumnType.Decimal => cell.ValueKind == JsonValueKind.String
                    ? decimal.Parse(cell.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
                    : cell.GetDecimal(),
                _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, "Unknown column type."),
            };
        }
        catch (Exception error) when (error is FormatException or InvalidOperationException or OverflowException)
        {
            throw Invalid($"the {column.Type} cell {cell.GetRawText()} of column '{column.Name}' does not read as {column.Type}");
        }
    }

    /// <summary>A dynamic cell arrives as JSON, or as a string holding JSON; a string that is not JSON stays a JSON string.</summary>
    private static JsonElement Dynamic(JsonElement cell)
    {
        if (cell.ValueKind != JsonValueKind.String) return cell.Clone();
        var text = cell.GetString()!;
        try
        {
            using var inner = JsonDocument.Parse(text, Limits);
            return inner.RootElement.Clone();
        }
        catch (JsonException)
        {
            return cell.Clone();
        }
    }

    private static LogAnalyticsException Invalid(string why) =>
        new(LogAnalyticsErrorKind.InvalidResponse, 200, $"The Log Analytics answer could not be read: {why}.");
}
