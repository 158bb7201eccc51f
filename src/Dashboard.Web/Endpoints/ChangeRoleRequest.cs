namespace Dashboard.Web.Endpoints;

/// <summary>Body of <c>PUT /api/admin/accounts/{userName}/role</c>.</summary>
public sealed record ChangeRoleRequest(string? Role);
