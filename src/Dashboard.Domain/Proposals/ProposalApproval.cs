namespace Dashboard.Domain.Proposals;

/// <summary>Who approved and the hash of exactly what they approved: the diff and the blast-radius snapshot.</summary>
public sealed record ProposalApproval(string ApproverId, string ApproverName, DateTimeOffset At, string ApprovalHash);
