namespace Dashboard.Domain.Audit;

/// <summary>One side (before or after) of an audited change; fields that do not apply stay null and are left out.</summary>
public sealed record AuditSide(string? State = null, string? Value = null, string? Description = null, string? ETag = null);
