namespace Dashboard.Web.Endpoints;

/// <summary>Body of <c>PUT /api/proposals/{id}</c>: the new proposed value, or <c>delete: true</c>.</summary>
public sealed record EditProposalRequest(string? Value, string? ContentType, bool? Delete);
