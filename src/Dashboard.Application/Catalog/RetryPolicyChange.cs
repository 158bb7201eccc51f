using Dashboard.Domain.Catalog;

namespace Dashboard.Application.Catalog;

/// <summary>An Admin's edit of how <paramref name="Caller"/> retries one target, made from the entry's <paramref name="ExpectedVersion"/>.</summary>
public sealed record RetryPolicyChange(string Caller, DependencyTargetKind TargetKind, string Target, RetryPolicy Retry, int? ExpectedVersion = null);
