namespace Dashboard.TestHost;

/// <summary>
/// A reconciliation run killed midway: <paramref name="Actions"/> stuck authorisations to capture, the sandbox answering 429 above
/// <paramref name="SandboxPerSecond"/>, the dashboard's client limit at <paramref name="ClientPerSecond"/>, and the dashboard
/// killed with SIGKILL once the sandbox has recorded <paramref name="KillAtCaptures"/> captures.
/// </summary>
public sealed record CrashRunSettings(int Actions, int SandboxPerSecond, int ClientPerSecond, int KillAtCaptures)
{
    /// <summary>How long the whole run may take before it is abandoned as stuck.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The dashboard's <c>Reconciliation:ExecutionLeaseSeconds</c>: the restarted dashboard resumes the run once the killed one's
    /// lease lapses, so a short lease keeps the wait short.
    /// </summary>
    public int ExecutionLeaseSeconds { get; init; } = 10;

    /// <summary>Where progress lines go (the console for a load run, nowhere in a test).</summary>
    public TextWriter Log { get; init; } = TextWriter.Null;

    public void Validate()
    {
        if (Actions < 1) throw new ArgumentException($"Give at least 1 action (got {Actions}).");
        if (KillAtCaptures < 1 || KillAtCaptures >= Actions)
            throw new ArgumentException($"Kill between the first and the last capture: 1 to {Actions - 1} (got {KillAtCaptures}).");
        if (ClientPerSecond < 1 || ClientPerSecond >= SandboxPerSecond)
            throw new ArgumentException($"Keep the client limit ({ClientPerSecond}/s) from 1 to below the sandbox's ({SandboxPerSecond}/s).");
    }
}
