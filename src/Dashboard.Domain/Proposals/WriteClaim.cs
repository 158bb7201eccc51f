namespace Dashboard.Domain.Proposals;

/// <summary>
/// A store write in progress, saved on the proposal before the write starts: which step, by whom (with the roles that allowed
/// it), what the store must still hold for the write to go through (its ETag is the write's condition) and what is written
/// (an absent value is a deletion). While it stands, no other step can be taken on the proposal.
/// </summary>
public sealed record WriteClaim(
    ProposalAction Step,
    ProposalEnvironment Environment,
    string ActorId,
    string ActorName,
    IReadOnlyList<string> ActorRoles,
    DateTimeOffset At,
    ObservedSetting Expected,
    ObservedSetting Writing)
{
    /// <summary>
    /// Whether <paramref name="found"/> (what the store holds now) is this claim's write: the value it wrote under a new ETag,
    /// or, for a deletion, the key gone where it existed.
    /// </summary>
    public bool WasWritten(ObservedSetting found) =>
        Writing.Value is not null
            ? found.Exists && !string.Equals(found.ETag, Expected.ETag, StringComparison.Ordinal)
                && string.Equals(found.Value, Writing.Value, StringComparison.Ordinal)
            : Expected.Exists && !found.Exists;

    /// <summary>The person who claimed the write, with the roles that allowed it then.</summary>
    public ProposalActor Claimant() => new(ActorId, ActorName, ActorRoles);
}
