using System.Globalization;

namespace Dashboard.Domain.Health;

/// <summary>Requests a service answered over a recent window: how many, how many with 5xx and 4xx, and their p95 duration.</summary>
public sealed record RequestMetrics(long Requests, long ServerErrors, long ClientErrors, double? P95Ms, TimeSpan Window)
{
    public double ServerErrorRate => Requests == 0 ? 0 : (double)ServerErrors / Requests;

    public double ClientErrorRate => Requests == 0 ? 0 : (double)ClientErrors / Requests;

    public double RequestsPerMinute => Window <= TimeSpan.Zero ? 0 : Requests / Window.TotalMinutes;

    /// <summary>"the last 5 min".</summary>
    public string DescribeWindow() => Window.TotalMinutes >= 1
        ? $"the last {Window.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture)} min"
        : $"the last {Window.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s";
}
