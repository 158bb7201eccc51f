namespace Dashboard.Web.Endpoints;

/// <summary>Body of <c>POST /api/proposals</c>: a new value for a key (or <c>delete: true</c>) and why.</summary>
public sealed record CreateProposalRequest(string? Store, string? Key, string? Value, string? ContentType, bool? Delete, string? Reason);
