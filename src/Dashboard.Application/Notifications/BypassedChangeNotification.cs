using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.Proposals;

namespace Dashboard.Application.Notifications;

/// <summary>
/// What people are told when a key-value changed outside the pipeline: the values are the stored ones, so a secret's are
/// already masked; <see cref="Risk"/> null when the radius could not be computed.
/// </summary>
public sealed record BypassedChangeNotification(
    long Id,
    string Store,
    string Key,
    string? Label,
    string Actor,
    DateTimeOffset At,
    bool IsDelete,
    bool ValuesKnown,
    bool OldExisted,
    string? OldValue,
    string? NewValue,
    RiskLevel? Risk,
    IReadOnlyList<string> AffectedServices)
{
    public static BypassedChangeNotification For(BypassedChange change) => new(
        change.Id, change.Store, change.Key, change.Label, change.ActorOrUnknown, change.At, change.IsDelete, change.ValuesKnown, change.OldExisted,
        change.OldValue, change.NewValue, change.Risk, change.AffectedServices);
}
