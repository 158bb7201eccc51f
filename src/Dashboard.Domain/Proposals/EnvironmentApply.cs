namespace Dashboard.Domain.Proposals;

/// <summary>
/// A write of the proposed value to one environment: who made it, the value it replaced (the last known good,
/// restored on rollback) and the ETag the store gave the new value (to tell whether someone changed the key since).
/// </summary>
public sealed record EnvironmentApply(
    ProposalEnvironment Environment,
    string AppliedById,
    string AppliedByName,
    DateTimeOffset At,
    ObservedSetting Replaced,
    string? NewETag)
{
    /// <summary>The ETag the store gave the replaced value when a rollback or abandon wrote it back (null before, or when that deleted the key).</summary>
    public string? RestoredETag { get; init; }
}
