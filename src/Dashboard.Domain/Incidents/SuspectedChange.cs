namespace Dashboard.Domain.Incidents;

/// <summary>
/// A config change ranked as a possible cause: its rank (1 = most suspect), how the incident's services lie in its
/// blast radius (null: outside it), which of them, how long before the start it was applied, and why, in words.
/// </summary>
public sealed record SuspectedChange(
    CandidateChange Change,
    int Rank,
    RadiusKind? InRadius,
    IReadOnlyList<string> ServicesInRadius,
    TimeSpan BeforeStart,
    string Reason);
