using System.Globalization;

namespace Dashboard.Domain.Health;

/// <summary>
/// The latest run of one synthetic check (a request of the service's own API, e.g. GET /api/tax/quote expecting 200):
/// the status it got (null: no answer), how long it took, and what went wrong in words.
/// </summary>
public sealed record SyntheticCheckResult(
    string Name, string Method, string Path, int ExpectedStatus, int? ActualStatus, TimeSpan Latency, string? Error, DateTimeOffset At)
{
    /// <summary>Only the expected status with nothing else wrong counts: a timeout or a refused connection never passes.</summary>
    public bool Passed => Error is null && ActualStatus == ExpectedStatus;

    /// <summary>"503 where 200 was expected", "timed out after 5000 ms", "200 in 12 ms".</summary>
    public string Detail => (ActualStatus, Error, Passed) switch
    {
        (_, _, true) => $"{ActualStatus} in {Milliseconds}",
        (null, { } error, _) => error,
        ({ } status, _, _) when status != ExpectedStatus => $"{status} where {ExpectedStatus} was expected",
        (_, { } error, _) => error,
        _ => $"no answer in {Milliseconds}",
    };

    private string Milliseconds => $"{Latency.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms";
}
