namespace Dashboard.TestHost;

/// <summary>
/// What a killed-and-resumed run did, from the sandbox's own records: its request counter (since it started) and the effects
/// per PaymentIntent (which survive anything the dashboard does). Times are wall-clock seconds on the test machine.
/// </summary>
public sealed record CrashRunResult(
    string FinalState,
    int Items,
    int Remaining,
    IReadOnlyDictionary<string, int> Outcomes,
    long Requests,
    long RateLimited,
    long IdempotentReplays,
    IReadOnlyDictionary<string, int> CapturesPerIntent,
    int Refunds,
    int Cancels,
    int CapturesAtKill,
    double ClassifySeconds,
    long ClassifyRequests,
    double BeforeKillSeconds,
    long BeforeKillRequests,
    double DownSeconds,
    double AfterRestartSeconds,
    long AfterRestartRequests)
{
    public int Captured => CapturesPerIntent.Count;
    public int DuplicateEffects => CapturesPerIntent.Values.Sum(c => c - 1) + Refunds + Cancels;
    public double ExecuteSeconds => BeforeKillSeconds + AfterRestartSeconds;
    public long ExecuteRequests => BeforeKillRequests + AfterRestartRequests;

    /// <summary>Gateway requests per second while a dashboard was executing (the restart's gap left out).</summary>
    public double ExecuteRequestsPerSecond => ExecuteRequests / ExecuteSeconds;

    public double CapturesPerSecond => Captured / ExecuteSeconds;
    public double ClassifyRequestsPerSecond => ClassifyRequests / ClassifySeconds;
}
