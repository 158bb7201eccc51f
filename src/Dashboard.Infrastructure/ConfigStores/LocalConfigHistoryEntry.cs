using Dashboard.Domain.ConfigStores;

namespace Dashboard.Infrastructure.ConfigStores;

/// <summary>
/// One change in a local store's history: the setting after the change (as it was, for a delete), what the change was,
/// who made it and when.
/// </summary>
public sealed record LocalConfigHistoryEntry(ConfigSetting Setting, LocalChangeKind Change, string Actor, DateTimeOffset Timestamp);
