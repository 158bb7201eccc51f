using System.Globalization;
using Dashboard.Domain.Access;
using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.ConfigMap;
using Dashboard.Domain.ConfigStores;

namespace Dashboard.Domain.Proposals;

/// <summary>
/// A change to a key-value that the pipeline did not write (e.g. an edit in the Azure portal): the store, key and label,
/// when it happened, who made it as far as the store tells (null: the store does not say), the ETag the store gave the
/// new value (null for a delete), the value before and after (masked for a secret), the blast radius of the change, and
/// whether someone has handled it (reverted it through the pipeline or adopted it) so it stops asking for attention.
/// </summary>
public sealed class BypassedChange
{
    /// <summary>Shown where no actor is known.</summary>
    public const string UnknownActor = "unknown";

    private BypassedChange() { }

    /// <param name="before">What the store held before the change (<see cref="ObservedSetting.Absent"/> for a new key); null when it is not known.</param>
    /// <param name="after">The new value and content type; null when it is not known. Ignored for a delete.</param>
    public BypassedChange(
        string store, string key, string? label, DateTimeOffset at, string? actor, string? newETag, bool isDelete,
        ObservedSetting? before = null, ObservedSetting? after = null)
    {
        Store = store;
        Key = key;
        Label = label;
        At = at;
        Actor = actor;
        NewETag = newETag;
        IsDelete = isDelete;
        if (isDelete) after = ObservedSetting.Absent;
        if (before is null || after is null) return;
        ValuesKnown = true;
        // Both sides are masked when either is a secret: a value that becomes (or stops being) a Key Vault reference is still one.
        ValuesMasked = IsSecret(key, before) || IsSecret(key, after);
        (OldValue, OldContentType, OldETag) = (Mask(before.Value), before.ContentType, before.ETag);
        (NewValue, NewContentType) = (Mask(after.Value), after.ContentType);
    }

    public long Id { get; private set; }
    public string Store { get; private set; } = "";
    public string Key { get; private set; } = "";
    public string? Label { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? Actor { get; private set; }
    public string? NewETag { get; private set; }
    public bool IsDelete { get; private set; }

    /// <summary>False when the values were not read: recorded before they were kept, or the store's history no longer held them.</summary>
    public bool ValuesKnown { get; private set; }
    /// <summary>A secret (secret-looking key, Key Vault reference, connection string with a secret): the values are stored as the mask.</summary>
    public bool ValuesMasked { get; private set; }
    public string? OldValue { get; private set; }
    public string? OldContentType { get; private set; }
    /// <summary>The ETag of the replaced version; null when the key did not exist before (or the values are not known).</summary>
    public string? OldETag { get; private set; }
    public string? NewValue { get; private set; }
    public string? NewContentType { get; private set; }

    /// <summary>The risk of the change as the blast-radius analysis rates it; null when it could not be computed (<see cref="RadiusNote"/> says why).</summary>
    public RiskLevel? Risk { get; private set; }
    public IReadOnlyList<string> AffectedServices { get; private set; } = [];
    public string? RadiusNote { get; private set; }

    public BypassHandling? Handling { get; private set; }
    public string? HandledBy { get; private set; }
    public DateTimeOffset? HandledAt { get; private set; }
    /// <summary>The draft proposal that reverts the change, when it was reverted through the pipeline.</summary>
    public Guid? RevertProposalId { get; private set; }

    /// <summary>Counts the handling steps: the concurrency token that lets only one of two people acting at once handle the change.</summary>
    public long Version { get; private set; }

    public string ActorOrUnknown => Actor ?? UnknownActor;

    public bool IsHandled => Handling is not null;

    /// <summary>True when the key existed before the change (with the values known).</summary>
    public bool OldExisted => ValuesKnown && OldETag is not null;

    public void RecordRadius(RiskLevel risk, IEnumerable<string> affectedServices)
    {
        Risk = risk;
        AffectedServices = [.. affectedServices.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        RadiusNote = null;
    }

    public void RecordRadiusUnavailable(string why)
    {
        Risk = null;
        AffectedServices = [];
        RadiusNote = why;
    }

    /// <summary>Why this change cannot be reverted through the pipeline by writing its old value back; null when it can.</summary>
    public string? RevertProblem(string? productionLabel)
    {
        if (!ValuesKnown)
            return $"The value {Describe()} held before this change is not known (the store's history no longer had it): propose the value you want on the Propose page.";
        if (ValuesMasked)
            return $"{Describe()} is a secret, so its old value is not kept: propose the value you want on the Propose page.";
        if (!string.Equals(Label, productionLabel, StringComparison.Ordinal))
            return $"Only a change to the production label can be reverted through the pipeline, which writes staging first; this change was to {ConfigLabel.Describe(Label)}. Adopt it instead, or propose the value you want.";
        return null;
    }

    /// <summary>The reason the revert proposal is created with.</summary>
    public string RevertReason =>
        $"Revert out-of-band change by {ActorOrUnknown} at {At.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)}";

    public void MarkReverted(ProposalActor actor, Guid proposalId, DateTimeOffset at)
    {
        RequireUnhandled(actor);
        (Handling, HandledBy, HandledAt, RevertProposalId) = (BypassHandling.Reverted, actor.DisplayName, at, proposalId);
        Version++;
    }

    public void MarkAdopted(ProposalActor actor, DateTimeOffset at)
    {
        RequireUnhandled(actor);
        (Handling, HandledBy, HandledAt) = (BypassHandling.Adopted, actor.DisplayName, at);
        Version++;
    }

    /// <summary>Refuses a second handling (and one by someone who may not change configuration) with what was done and by whom.</summary>
    public void RequireUnhandled(ProposalActor actor)
    {
        if (!actor.HasAnyRole(Roles.Engineer, Roles.Admin))
            throw new DomainException($"{actor.DisplayName} may not revert or adopt changes made outside the pipeline: ask an Engineer.");
        if (Handling is { } done)
            throw new DomainException(
                $"This change to {Describe()} was already {(done == BypassHandling.Reverted ? "reverted through the pipeline" : "adopted")} by {HandledBy} at " +
                $"{HandledAt!.Value.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)}; nothing more to do." +
                (RevertProposalId is { } id ? $" Its revert is proposal {id}." : ""));
    }

    public string Describe() => $"{ConfigLabel.DescribeSetting(Key, Label)} in store '{Store}'";

    private static bool IsSecret(string key, ObservedSetting setting) => SettingKind.IsSecret(key, setting.Value, setting.ContentType);

    private string? Mask(string? value) => ValuesMasked && value is not null ? SecretDetector.Mask : value;

    public override string ToString() => $"{Describe()} changed outside the pipeline by {ActorOrUnknown} at {At:O}";
}
