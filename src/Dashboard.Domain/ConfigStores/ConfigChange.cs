namespace Dashboard.Domain.ConfigStores;

/// <summary>
/// One change in a store's history: the key and label, when, who made it (null when the store does not say), the ETag
/// the store gave the new value (null for a delete) and whether it was a delete.
/// </summary>
public sealed record ConfigChange(string Key, string? Label, DateTimeOffset At, string? Actor, string? NewETag, bool IsDelete);
