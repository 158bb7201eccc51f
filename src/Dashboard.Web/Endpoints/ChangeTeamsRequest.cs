namespace Dashboard.Web.Endpoints;

/// <summary>Body of <c>PUT /api/admin/accounts/{userName}/teams</c>: the whole list, replacing the account's teams.</summary>
public sealed record ChangeTeamsRequest(IReadOnlyList<string>? Teams);
