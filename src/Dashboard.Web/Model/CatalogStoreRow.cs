namespace Dashboard.Web.Model;

/// <summary>One store as the Stores page lists it.</summary>
public sealed record CatalogStoreRow(
    string Name, string Kind, string? Endpoint, string SignIn, IReadOnlyList<(string Environment, string Label)> Labels, IReadOnlyList<string> ReadBy);
