using Dashboard.Domain.Proposals;

namespace Dashboard.Application.Health;

/// <summary>
/// How a proposal applied to staging gets verified, in words for the page: by the soak's <see cref="Verdict"/> once
/// <see cref="SoakEndsAt"/> has passed, or by the signed checklist when staging has no health data for the services.
/// </summary>
public sealed record StagingEvidence(
    StagingEvidenceKind Kind,
    string Explanation,
    IReadOnlyList<string> Services,
    DateTimeOffset SoakEndsAt,
    StagingSoakVerdict? Verdict = null)
{
    public TimeSpan SoakLeft(DateTimeOffset now) => Kind == StagingEvidenceKind.Soaking && SoakEndsAt > now ? SoakEndsAt - now : TimeSpan.Zero;
}
