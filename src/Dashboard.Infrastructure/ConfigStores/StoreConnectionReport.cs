using Dashboard.Domain.ConfigStores;

namespace Dashboard.Infrastructure.ConfigStores;

/// <summary>
/// What "Test connection" found: how many keys the first page listed, or exactly what failed (the error kind, why no
/// answer came back, the message naming the store and the credential used), and how long it took.
/// </summary>
public sealed record StoreConnectionReport(
    string Store, bool Succeeded, string Summary, int KeysListed, ConfigStoreErrorKind? FailureKind, ConfigStoreFault? Fault, TimeSpan Elapsed);
