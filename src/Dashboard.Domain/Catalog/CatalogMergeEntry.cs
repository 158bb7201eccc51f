namespace Dashboard.Domain.Catalog;

/// <summary>One catalog entry a merge touched (<c>component:billing-api</c>, <c>frontend → component:billing-api</c>) and what changed.</summary>
public sealed record CatalogMergeEntry(string Entry, IReadOnlyList<string> Changes);
