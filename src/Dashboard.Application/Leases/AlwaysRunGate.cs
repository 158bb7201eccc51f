namespace Dashboard.Application.Leases;

/// <summary>The gate of a dashboard that runs alone: it always runs.</summary>
public sealed class AlwaysRunGate : IRunGate
{
    public ValueTask<bool> MayRunAsync(CancellationToken cancellationToken) => ValueTask.FromResult(true);

    public ValueTask StandDownAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
