using Dashboard.Domain.ConfigStores;

namespace Dashboard.Domain.ChangeWatch;

/// <summary>
/// One difference between two looks at a store. <see cref="PreviousETag"/> is null for an addition,
/// <see cref="NewETag"/> null for a deletion; <see cref="LastModified"/> is the store's time of the new version
/// (for a deletion, of the version that was deleted: the store keeps no time for a delete).
/// </summary>
public sealed record ObservedChange(
    ObservedChangeKind Kind, string Key, string? Label, string? PreviousETag, string? NewETag, DateTimeOffset? LastModified)
{
    /// <summary>The ETag that identifies the change: the new version's, or for a deletion the deleted version's.</summary>
    public string ETag => NewETag ?? PreviousETag!;

    public override string ToString() => $"{Kind} {ConfigLabel.DescribeSetting(Key, Label)}";
}
