namespace Dashboard.Domain.Proposals;

/// <summary>
/// A change to a key-value that the pipeline did not write (e.g. an edit in the Azure portal): the store, key and label,
/// when it happened, who made it as far as the store tells (null: the store does not say), the ETag the store gave the
/// new value (null for a delete) and whether the change was a delete.
/// </summary>
public sealed record BypassedChange(
    string Store,
    string Key,
    string? Label,
    DateTimeOffset At,
    string? Actor,
    string? NewETag,
    bool IsDelete)
{
    /// <summary>Shown where no actor is known.</summary>
    public const string UnknownActor = "unknown";

    public string ActorOrUnknown => Actor ?? UnknownActor;
}
