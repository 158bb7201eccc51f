namespace Dashboard.TestHost;

/// <summary>
/// The real clock moved forward on demand: a test registers it as the host's <see cref="TimeProvider"/> and skips a wait the
/// product imposes (a high-risk change's staging wait) without sleeping. Timers still run in real time.
/// </summary>
public sealed class ShiftableClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
