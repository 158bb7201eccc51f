namespace Dashboard.Infrastructure.Health;

/// <summary>How the probe runner treats its targets.</summary>
public sealed class ProbeRunnerOptions
{
    /// <summary>Probes in flight at once, so a thousand targets never become a thousand sockets at the same moment.</summary>
    public int MaxConcurrency { get; set; } = 64;

    /// <summary>The whole probe, connect to last body byte read.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How much of a body is read to look for a health report; the rest is never downloaded.</summary>
    public int MaxBodyBytes { get; set; } = 16 * 1024;
}
