namespace Dashboard.Domain.Incidents;

/// <summary>What suspected changes are ranked against: the incident's environment and services, its start and first signal, and how far back to look.</summary>
public sealed record SuspectWindow(string Environment, IReadOnlyCollection<string> Services, DateTimeOffset StartedAt, string StartSignal, TimeSpan Length)
{
    public DateTimeOffset From => StartedAt - Length;
}
