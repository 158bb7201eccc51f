using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Dashboard.Benchmarks;

/// <summary>Throughput of a realistic-corpus case: its actual line count (whole copies of the corpus) per second.</summary>
public sealed class RealisticLinesPerSecondColumn : IColumn
{
    public string Id => nameof(RealisticLinesPerSecondColumn);
    public string ColumnName => "Lines/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Lines of C# and Razor scanned per second (the Lines parameter rounded up to whole copies of the corpus)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (meanNanoseconds is not > 0 || benchmarkCase.Parameters["Lines"] is not int wanted)
            return "-";
        var perCopy = RealisticCorpus.LinesPerCopy();
        var lines = (long)Math.Ceiling(wanted / (double)perCopy) * perCopy;
        return (lines / (meanNanoseconds.Value / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}
