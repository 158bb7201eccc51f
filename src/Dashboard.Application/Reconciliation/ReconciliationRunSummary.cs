using Dashboard.Domain.Reconciliation;

namespace Dashboard.Application.Reconciliation;

/// <summary>One run in a list: who prepared it, what it looked for, how many it found, and where it is.</summary>
public sealed record ReconciliationRunSummary(
    Guid Id, ReconciliationRunState State, string PreparedByName, DateTimeOffset CreatedAt, string Criteria, long FoundCount);
