using Dashboard.Domain.Configuration;

namespace Dashboard.Domain.BlastRadius;

/// <summary>
/// A change someone proposes to one key-value: a new value (and content type), a delete, or, for a preview that gives
/// neither, any change at all (<see cref="IsAnyChange"/>). <see cref="Label"/> null is the null label;
/// <see cref="NewContentType"/> null keeps the current content type.
/// </summary>
public sealed record ProposedChange(string Store, string Key, string? Label, string? NewValue, string? NewContentType, bool IsDelete)
{
    public bool IsAnyChange { get; init; }

    public static ProposedChange Set(string store, string key, string? label, string newValue, string? newContentType = null) =>
        new(store, key, label, newValue, newContentType, IsDelete: false);

    public static ProposedChange Delete(string store, string key, string? label) =>
        new(store, key, label, NewValue: null, NewContentType: null, IsDelete: true);

    /// <summary>"What if K changes at all": who reads, watches or reloads on it, without a value to compare.</summary>
    public static ProposedChange AnyChange(string store, string key, string? label) =>
        new(store, key, label, NewValue: null, NewContentType: null, IsDelete: false) { IsAnyChange = true };

    public KeyLabel Setting => new(Key, Label);

    /// <summary><c>set</c>, <c>delete</c> or <c>any-change</c>, as the JSON names it.</summary>
    public string Kind => IsDelete ? "delete" : IsAnyChange ? "any-change" : "set";
}
