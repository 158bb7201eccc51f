namespace Dashboard.Web.Tests.Proposals;

/// <summary>A clock that moves one minute every time it is read, so proposals made one after the other have distinct, ordered times.</summary>
internal sealed class SteppingClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now = _now.AddMinutes(1);
}
