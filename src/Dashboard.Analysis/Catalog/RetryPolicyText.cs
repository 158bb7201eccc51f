using System.Globalization;
using Dashboard.Domain;
using Dashboard.Domain.Catalog;

namespace Dashboard.Analysis.Catalog;

/// <summary>Reads <c>attempts=3, backoff=none, timeout=10s, circuitBreaker=false</c>; every part is optional.</summary>
public static class RetryPolicyText
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public static RetryPolicy Parse(string text)
    {
        int attempts = 0;
        var backoff = BackoffKind.None;
        var timeout = DefaultTimeout;
        var circuitBreaker = false;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2)
                throw new DomainException($"'{part}' is not name=value; write e.g. attempts=3, backoff=exponential, timeout=10s, circuitBreaker=true.");
            var (name, value) = (pair[0].ToLowerInvariant(), pair[1]);
            switch (name)
            {
                case "attempts" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n):
                    attempts = n;
                    break;
                case "backoff" when Enum.TryParse<BackoffKind>(value, ignoreCase: true, out var kind) && !int.TryParse(value, out _):
                    backoff = kind;
                    break;
                case "timeout" when TryParseSeconds(value, out var seconds):
                    timeout = seconds;
                    break;
                case "circuitbreaker" when bool.TryParse(value, out var enabled):
                    circuitBreaker = enabled;
                    break;
                default:
                    throw new DomainException(
                        $"'{part}' is not understood; use attempts=<0-{RetryPolicy.MaxAttempts}>, backoff=none|exponential, timeout=<seconds>s, circuitBreaker=true|false.");
            }
        }
        return new RetryPolicy(attempts, backoff, timeout, circuitBreaker);
    }

    private static bool TryParseSeconds(string value, out TimeSpan timeout)
    {
        var number = value.EndsWith('s') ? value[..^1] : value;
        var ok = double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0;
        timeout = ok ? TimeSpan.FromSeconds(seconds) : TimeSpan.Zero;
        return ok;
    }
}
