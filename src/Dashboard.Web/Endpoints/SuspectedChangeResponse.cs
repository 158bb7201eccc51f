using Dashboard.Domain.Incidents;

namespace Dashboard.Web.Endpoints;

/// <summary>A config change ranked as a possible cause (rank 1 first); inRadius is reload, direct, downstream or null (outside it).</summary>
public sealed record SuspectedChangeResponse(
    string Key, string? Label, string Environment, DateTimeOffset AppliedAt, string Source, Guid? ProposalId, string? InRadius,
    IReadOnlyList<string> ServicesInRadius, int Rank, string Reason)
{
    public static SuspectedChangeResponse From(SuspectedChange suspect) => new(suspect.Change.Key, suspect.Change.Label, suspect.Change.Environment,
        suspect.Change.AppliedAt, suspect.Change.Source == ChangeSource.Pipeline ? "pipeline" : "out-of-band", suspect.Change.ProposalId,
        suspect.InRadius?.ToString().ToLowerInvariant(), suspect.ServicesInRadius, suspect.Rank, suspect.Reason);
}
