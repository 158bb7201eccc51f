using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Dashboard.Benchmarks;

/// <summary>
/// A percentile of the iteration times (BenchmarkDotNet's built-in columns stop at P95). With one invocation per
/// iteration it is the percentile of single calls.
/// </summary>
public sealed class PercentileColumn(int percentile) : IColumn
{
    public string Id => $"{nameof(PercentileColumn)}.P{percentile}";
    public string ColumnName => $"P{percentile}";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Statistics;
    public int PriorityInCategory => 100 + percentile;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Time;
    public string Legend => $"Percentile {percentile} of the measured iterations (nearest rank)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var values = summary[benchmarkCase]?.ResultStatistics?.OriginalValues;
        if (values is null || values.Count == 0) return "-";
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
        return (sorted[Math.Clamp(rank, 0, sorted.Count - 1)] / 1e6).ToString("N2", CultureInfo.InvariantCulture) + " ms";
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}
