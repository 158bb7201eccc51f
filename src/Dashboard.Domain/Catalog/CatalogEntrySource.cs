namespace Dashboard.Domain.Catalog;

/// <summary>Where a catalog entry was declared, so findings can cite it.</summary>
public sealed record CatalogEntrySource(string File, int Line);
