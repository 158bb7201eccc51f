using Dashboard.Application.Health;
using Dashboard.Domain.Health;

namespace Dashboard.Web.Model;

/// <summary>The /health grid: services × environments from the shared series store, every rotation trap happening now, and sources in trouble.</summary>
public sealed class HealthGridViewModel(HealthSeriesStore store)
{
    public IReadOnlyList<string> Environments { get; private set; } = [];
    public IReadOnlyList<HealthGridRow> Rows { get; private set; } = [];
    public IReadOnlyList<HealthCell> Traps { get; private set; } = [];
    /// <summary>Sources not fully answering (partial data, unreachable), so the reader knows which numbers to doubt and why.</summary>
    public IReadOnlyList<HealthSourceStatus> TroubledSources { get; private set; } = [];

    public void Refresh()
    {
        var cells = store.Current().Select(Cell).ToList();
        Environments = [.. cells.Select(c => c.Environment).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
        Rows = [.. cells.GroupBy(c => c.Service, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new HealthGridRow(g.Key, [.. Environments.Select(e => g.FirstOrDefault(c => string.Equals(c.Environment, e, StringComparison.OrdinalIgnoreCase)))]))];
        Traps = [.. cells.Where(c => c.RotationTrap is not null)];
        TroubledSources = [.. store.Sources.Where(s => s.Condition != HealthSourceCondition.Ok)];
    }

    public static HealthCell Cell(ServiceHealth health)
    {
        var assessment = health.Assessment;
        var worst = assessment.Indicators.OrderByDescending(i => i.State.Severity()).FirstOrDefault();
        var requests = health.Requests is { Requests: > 0 } known ? known : null;
        return new HealthCell(health.Service, health.Environment, health.State, worst is null ? "no indicator" : HealthFormat.Words(worst.Indicator),
            worst?.Reason ?? assessment.Reason, assessment.InRotation, assessment.Instances, requests?.ServerErrorRate, requests?.P95Ms,
            requests?.RequestsPerMinute, assessment.RotationTrap, health.Since);
    }
}
