using Dashboard.Domain.Reconciliation;

namespace Dashboard.Application.Reconciliation;

/// <summary>A run's state and start with the result of each actionable transaction (in plan order), without the rest of them.</summary>
public sealed record RunResults(ReconciliationRunState State, DateTimeOffset? StartedAt, IReadOnlyList<PositionedResult> Actionable);

/// <summary>One actionable transaction's place in the plan and how it ended (null: not acted on yet).</summary>
public sealed record PositionedResult(int Position, ItemResult? Resolution);
