namespace Dashboard.Domain.Proposals;

/// <summary>An owning team whose approval is in, and the names of the approvers from that team.</summary>
public sealed record TeamApproval(string Team, IReadOnlyList<string> ApproverNames);
