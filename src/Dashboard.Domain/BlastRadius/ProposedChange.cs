using Dashboard.Domain.Configuration;

namespace Dashboard.Domain.BlastRadius;

/// <summary>
/// A change someone proposes to one key-value: a new value (and content type) or a delete.
/// <see cref="Label"/> null is the null label; <see cref="NewContentType"/> null keeps the current content type.
/// </summary>
public sealed record ProposedChange(string Store, string Key, string? Label, string? NewValue, string? NewContentType, bool IsDelete)
{
    public static ProposedChange Set(string store, string key, string? label, string newValue, string? newContentType = null) =>
        new(store, key, label, newValue, newContentType, IsDelete: false);

    public static ProposedChange Delete(string store, string key, string? label) =>
        new(store, key, label, NewValue: null, NewContentType: null, IsDelete: true);

    public KeyLabel Setting => new(Key, Label);
}
