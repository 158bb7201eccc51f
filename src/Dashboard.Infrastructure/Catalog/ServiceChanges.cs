using Dashboard.Domain.Catalog;

namespace Dashboard.Infrastructure.Catalog;

/// <summary>An Admin's edit of one service: every field the catalog page can change.</summary>
public sealed record ServiceChanges(
    string Name,
    string OwnerTeam,
    ServiceKind Kind,
    Lifecycle Lifecycle,
    string? Description,
    string? SourcePath,
    IReadOnlyList<string> DeclaredConfigKeys)
{
    /// <summary>The store the service reads: null leaves it as it is, an empty name clears it.</summary>
    public string? ConfigStore { get; init; }
}
