namespace Dashboard.Web.Endpoints;

/// <summary>A local account as the admin API returns it: never the password hash.</summary>
public sealed record AccountSummary(string UserName, string DisplayName, string Role, IReadOnlyList<string> Teams, bool IsDemo);
