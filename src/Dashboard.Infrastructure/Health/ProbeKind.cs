namespace Dashboard.Infrastructure.Health;

public enum ProbeKind
{
    Liveness,
    Readiness,
    /// <summary>A request of the service's own API, expecting a given status.</summary>
    Synthetic,
}
