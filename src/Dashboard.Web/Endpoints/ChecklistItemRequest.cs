namespace Dashboard.Web.Endpoints;

/// <summary>One check made on staging and whether it held.</summary>
public sealed record ChecklistItemRequest(string? Description, bool Confirmed);
