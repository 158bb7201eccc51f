namespace Dashboard.Web.Endpoints;

/// <summary>The body of a run's step: the hash of the plan that was previewed (approve, execute) or a reason (cancel).</summary>
public sealed record ReconciliationStepRequest(string? PlanHash = null, string? Reason = null);
