using Dashboard.Domain.Catalog;

namespace Dashboard.Domain.BlastRadius;

/// <summary>
/// One caller calling one service, as the radius walks it: from the catalog's dependsOn, from an HttpClient found in
/// the caller's code, or both. Where both say how it retries, the code's policy is used and
/// <see cref="Disagreement"/> says what the catalog claimed. <see cref="FromCode"/> is null for catalog-only edges.
/// </summary>
internal sealed record CallEdge(string Caller, string Target, RetryPolicy Retry, string Evidence, CodeCall? FromCode, string? Disagreement);
