namespace Dashboard.Web.Endpoints;

/// <summary>One risk level's gate as JSON; every field is required when sent (null means it was left out).</summary>
public sealed record GateRuleJson(bool? StagingEvidence, bool? Mitigation, int? Approvals);
