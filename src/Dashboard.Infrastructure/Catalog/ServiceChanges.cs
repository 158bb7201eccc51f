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
    IReadOnlyList<string> DeclaredConfigKeys);
