using Dashboard.Domain.Catalog;

namespace Dashboard.Application.Catalog;

/// <summary>
/// An Admin's edit of one service: every field the catalog page can change, and the version of the entry the edit was made
/// from (null: whatever is stored now, for scripts that do not read first).
/// </summary>
public sealed record ServiceChanges(
    string Name,
    string OwnerTeam,
    ServiceKind Kind,
    Lifecycle Lifecycle,
    string? Description,
    string? SourcePath,
    IReadOnlyList<string> DeclaredConfigKeys,
    int? ExpectedVersion = null)
{
    /// <summary>The store the service reads: null leaves it as it is, an empty name clears it.</summary>
    public string? ConfigStore { get; init; }
}
