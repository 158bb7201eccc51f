using System.Globalization;

namespace Dashboard.Domain.Health;

/// <summary>
/// Requests a service answered over a recent window: how many, how many with 5xx and 4xx, and their p95 duration.
/// <see cref="Through"/> is when the window ends when that is not now (telemetry arrives minutes late); null: it ends now.
/// </summary>
public sealed record RequestMetrics(long Requests, long ServerErrors, long ClientErrors, double? P95Ms, TimeSpan Window, DateTimeOffset? Through = null)
{
    public double ServerErrorRate => Requests == 0 ? 0 : (double)ServerErrors / Requests;

    public double ClientErrorRate => Requests == 0 ? 0 : (double)ClientErrors / Requests;

    public double RequestsPerMinute => Window <= TimeSpan.Zero ? 0 : Requests / Window.TotalMinutes;

    /// <summary>"the last 5 min", or "the 5 min to 01:58 UTC" for a window that ended earlier.</summary>
    public string DescribeWindow()
    {
        var length = Window.TotalMinutes >= 1
            ? $"{Window.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture)} min"
            : $"{Window.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s";
        return Through is { } end ? $"the {length} to {end.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC" : $"the last {length}";
    }
}
