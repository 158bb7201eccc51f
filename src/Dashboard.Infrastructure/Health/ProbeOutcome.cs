namespace Dashboard.Infrastructure.Health;

public enum ProbeOutcome
{
    Passed,
    /// <summary>It answered, with a status that is not success.</summary>
    Failed,
    /// <summary>It answered with a redirect, which is never followed into success.</summary>
    Redirected,
    TimedOut,
    Refused,
    /// <summary>Anything else on the way: DNS, TLS, a reset connection.</summary>
    Error,
}
