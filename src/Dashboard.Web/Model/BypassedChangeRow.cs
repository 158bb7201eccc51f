using System.Globalization;
using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Proposals;

namespace Dashboard.Web.Model;

/// <summary>One change made outside the pipeline as the pages show it: values as stored (a secret's already masked), in words.</summary>
public sealed record BypassedChangeRow(
    long Id,
    string Store,
    string Key,
    string LabelText,
    DateTimeOffset At,
    string Who,
    string OldText,
    string NewText,
    string? ContentTypeText,
    RiskLevel? Risk,
    string RadiusText,
    BypassHandling? Handling,
    string? HandledBy,
    DateTimeOffset? HandledAt,
    Guid? RevertProposalId)
{
    public const string NotKnown = "(not known)";
    public const string NoKey = "(no such key)";
    public const string Deleted = "(deleted)";

    public bool IsHandled => Handling is not null;

    /// <summary>"critical", "high"…, or "unknown" when the radius could not be computed: the word on the chip and in the row's class.</summary>
    public string RiskText => Risk?.ToString().ToLowerInvariant() ?? "unknown";

    public static BypassedChangeRow From(BypassedChange change) => new(
        change.Id, change.Store, change.Key, ConfigLabel.Describe(change.Label), change.At, change.ActorOrUnknown,
        !change.ValuesKnown ? NotKnown : change.OldExisted ? change.OldValue ?? "" : NoKey,
        change.IsDelete ? Deleted : !change.ValuesKnown ? NotKnown : change.NewValue ?? "",
        ContentTypeChange(change),
        change.Risk,
        change.Risk is null ? change.RadiusNote ?? "Not computed."
            : change.AffectedServices.Count == 0 ? "no service reads it"
            : string.Create(CultureInfo.InvariantCulture, $"{change.AffectedServices.Count} affected: {string.Join(", ", change.AffectedServices)}"),
        change.Handling, change.HandledBy, change.HandledAt, change.RevertProposalId);

    private static string? ContentTypeChange(BypassedChange change)
    {
        if (!change.ValuesKnown || change.IsDelete) return null;
        if (!change.OldExisted) return change.NewContentType is { } created ? $"content type {created}" : null;
        return string.Equals(change.OldContentType, change.NewContentType, StringComparison.Ordinal)
            ? null
            : $"content type {change.OldContentType ?? "(none)"} → {change.NewContentType ?? "(none)"}";
    }
}
