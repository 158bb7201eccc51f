namespace Dashboard.Web.Endpoints;

/// <summary>
/// A change to preview. Without <see cref="Label"/> the environment's label in the store is used; <see cref="NullLabel"/>
/// targets the key without a label. <see cref="Delete"/> previews removing the key.
/// </summary>
public sealed record BlastRadiusRequest(
    string? Store,
    string? Key,
    string? Label,
    bool NullLabel,
    string? Value,
    string? ContentType,
    bool Delete,
    string? Environment,
    bool ValidatedInStaging);
