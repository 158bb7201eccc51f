using System.Globalization;

namespace Dashboard.Domain.Catalog;

/// <summary>
/// How long a resource takes to accept connections again after a client drops its connection, as a range in seconds
/// (e.g. 8–12 s for an Azure SQL database reached with managed identity: getting a token, then connecting).
/// </summary>
public sealed record ReconnectTime
{
    public const double MaxSeconds = 600;

    public double FromSeconds { get; }
    public double ToSeconds { get; }

    public ReconnectTime(double fromSeconds, double toSeconds)
    {
        if (!double.IsFinite(fromSeconds) || !double.IsFinite(toSeconds) || fromSeconds < 0 || toSeconds < fromSeconds || toSeconds > MaxSeconds)
            throw new DomainException(
                $"A reconnect time of {Format(fromSeconds)}–{Format(toSeconds)} s is not a range; give 0 ≤ from ≤ to ≤ {MaxSeconds:0} seconds, e.g. 8–12 s.");
        FromSeconds = fromSeconds;
        ToSeconds = toSeconds;
    }

    /// <summary>"8–12 s", or "10 s" when both ends are the same.</summary>
    public string Describe() => FromSeconds == ToSeconds ? $"{Format(FromSeconds)} s" : $"{Format(FromSeconds)}–{Format(ToSeconds)} s";

    private static string Format(double seconds) => seconds.ToString("0.#", CultureInfo.InvariantCulture);
}
