using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.Proposals;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// A change made outside the pipeline as the API shows it. Values are the stored ones: a secret's are the mask
/// (<c>valuesMasked</c>); <c>valuesKnown</c> false when they were not read; <c>oldValue</c> null with <c>oldExisted</c> false for
/// a new key; <c>risk</c> null when the radius could not be computed (<c>radiusNote</c> says why); <c>actor</c> null when the store does not say.
/// </summary>
public sealed record BypassedChangeResponse(
    long Id,
    string Store,
    string Key,
    string? Label,
    DateTimeOffset At,
    string? Actor,
    string? NewETag,
    bool IsDelete,
    bool ValuesKnown,
    bool ValuesMasked,
    bool OldExisted,
    string? OldValue,
    string? OldContentType,
    string? NewValue,
    string? NewContentType,
    RiskLevel? Risk,
    IReadOnlyList<string> AffectedServices,
    string? RadiusNote,
    string? Handling,
    string? HandledBy,
    DateTimeOffset? HandledAt,
    Guid? RevertProposalId)
{
    public static BypassedChangeResponse From(BypassedChange c) => new(
        c.Id, c.Store, c.Key, c.Label, c.At, c.Actor, c.NewETag, c.IsDelete, c.ValuesKnown, c.ValuesMasked, c.OldExisted,
        c.OldValue, c.OldContentType, c.NewValue, c.NewContentType, c.Risk, c.AffectedServices, c.RadiusNote,
        c.Handling?.ToString().ToLowerInvariant(), c.HandledBy, c.HandledAt, c.RevertProposalId);
}
