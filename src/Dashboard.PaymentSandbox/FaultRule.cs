namespace Dashboard.PaymentSandbox;

/// <summary>
/// A fault for the next <see cref="Count"/> requests whose path starts with <see cref="Path"/> (and whose method is
/// <see cref="Method"/>, when given). <c>error</c> answers <see cref="StatusCode"/> (a 5xx, or 403 as Stripe
/// answers a restricted key without the permission) before the endpoint runs, so nothing is done or saved; <c>delay</c> holds the response <see cref="DelayMs"/> — before the endpoint runs, or after its effect committed when
/// <see cref="AfterEffect"/> is true (a lost response: the caller times out although the capture happened).
/// </summary>
public sealed record FaultRule(string Kind, int Count = 1, string? Path = null, string? Method = null, int StatusCode = 500, int DelayMs = 0, bool AfterEffect = false)
{
    public const string Error = "error";
    public const string Delay = "delay";
    public const int MaxDelayMs = 120_000;
    public const int Forbidden = 403;

    public string? Problem() => Kind switch
    {
        not (Error or Delay) => $"kind is '{Kind}'; use '{Error}' or '{Delay}'.",
        _ when Count is < 1 or > 100_000 => $"count is {Count}; give 1 to 100000.",
        Error when StatusCode is not (Forbidden or (>= 500 and <= 599)) => $"statusCode is {StatusCode}; give {Forbidden} (a key without the permission) or a 5xx status.",
        Delay when DelayMs is < 1 or > MaxDelayMs => $"delayMs is {DelayMs}; give 1 to {MaxDelayMs}.",
        _ => null,
    };

    public bool Matches(string method, string path) =>
        (Path is null || path.StartsWith(Path, StringComparison.Ordinal))
        && (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase));
}
