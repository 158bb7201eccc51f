using System.Globalization;

namespace Dashboard.Domain.Incidents;

/// <summary>
/// A config change applied in an environment, with the services inside its blast radius (computed elsewhere, with
/// the blast-radius analyzer: see <see cref="RadiusMemberships.From"/>).
/// </summary>
public sealed record CandidateChange(
    string Key,
    string? Label,
    string Environment,
    DateTimeOffset AppliedAt,
    ChangeSource Source,
    Guid? ProposalId,
    IReadOnlyList<RadiusMembership> Radius,
    string? Actor = null)
{
    public string KeyAndLabel => Label is null ? Key : $"{Key} [{Label}]";

    public string Describe()
    {
        var by = Actor is null ? "" : $" by {Actor}";
        return Source == ChangeSource.Pipeline
            ? $"{KeyAndLabel} changed in {Environment} through the pipeline{by} at {AppliedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)}"
            : $"{KeyAndLabel} changed in {Environment} outside the pipeline{by} at {AppliedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)}";
    }
}
