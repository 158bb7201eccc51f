namespace Dashboard.Web.Model;

/// <summary>One service across the environments (null: the catalog gives it no endpoint there).</summary>
public sealed record HealthGridRow(string Service, IReadOnlyList<HealthCell?> Cells);
