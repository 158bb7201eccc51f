namespace Dashboard.Application.Proposals;

/// <summary>What someone asks to change: a new value (or deleting the key) in one store, with why.</summary>
public sealed record NewProposal(string? Store, string? Key, string? Value, string? ContentType, bool Delete, string? Reason);
