namespace Dashboard.Web.Endpoints;

/// <summary>One risk level's gate as JSON; every field is required when sent (null means it was left out).</summary>
/// <remarks><see cref="OwnerTeams"/>: an approver from each team owning a service that reads or reloads on the key.</remarks>
public sealed record GateRuleJson(bool? StagingEvidence, bool? Mitigation, int? Approvals, bool? OwnerTeams);
