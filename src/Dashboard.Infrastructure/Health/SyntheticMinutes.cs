using Dashboard.Application.Health;

namespace Dashboard.Infrastructure.Health;

/// <summary>
/// Adds up each service's synthetic checks within the current minute, so every run reports the minute's totals so far
/// (the series store replaces a minute's sample). A failed check counts as a 4xx when it got one, else as a server error.
/// </summary>
internal sealed class SyntheticMinutes
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Minute> _minutes = new(StringComparer.OrdinalIgnoreCase);

    public RequestSample? Add(string service, string environment, IReadOnlyList<ProbeResult> checks, DateTimeOffset now)
    {
        if (checks.Count == 0) return null;
        var utc = now.UtcDateTime;
        var start = new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, 0, TimeSpan.Zero);
        lock (_gate)
        {
            var key = $"{service}\u001f{environment}";
            if (!_minutes.TryGetValue(key, out var minute) || minute.Start != start)
                _minutes[key] = minute = new Minute(start);
            foreach (var check in checks)
            {
                minute.Requests++;
                if (!check.Passed && check.Status is >= 400 and < 500) minute.ClientErrors++;
                else if (!check.Passed) minute.ServerErrors++;
                minute.Latencies.Add(check.Latency.TotalMilliseconds);
            }
            return new RequestSample(start, minute.Requests, minute.ServerErrors, minute.ClientErrors, P95(minute.Latencies));
        }
    }

    /// <summary>Nearest-rank 95th percentile.</summary>
    private static double P95(List<double> latencies)
    {
        var sorted = latencies.Order().ToList();
        return sorted[(int)Math.Ceiling(0.95 * sorted.Count) - 1];
    }

    private sealed class Minute(DateTimeOffset start)
    {
        public DateTimeOffset Start { get; } = start;
        public long Requests { get; set; }
        public long ServerErrors { get; set; }
        public long ClientErrors { get; set; }
        public List<double> Latencies { get; } = [];
    }
}
