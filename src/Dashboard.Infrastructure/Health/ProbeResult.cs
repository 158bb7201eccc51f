using System.Globalization;

namespace Dashboard.Infrastructure.Health;

/// <summary>What one probe got: the outcome, the status (null: no answer), how long it took, and the error or a note on the body, in words.</summary>
public sealed record ProbeResult(ProbeTarget Target, ProbeOutcome Outcome, int? Status, TimeSpan Latency, string? Error, DateTimeOffset At)
{
    public bool Passed => Outcome == ProbeOutcome.Passed;

    /// <summary>"200 in 12 ms", "503 in 9 ms: the body says Unhealthy", "connection refused".</summary>
    public string Detail
    {
        get
        {
            var took = $"{Latency.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms";
            var answered = Status is { } status ? $"{status} in {took}" : null;
            return (answered, Error) switch
            {
                (null, null) => took,
                (null, { } error) => error,
                ({ } a, null) => a,
                ({ } a, { } error) => $"{a}: {error}",
            };
        }
    }
}
