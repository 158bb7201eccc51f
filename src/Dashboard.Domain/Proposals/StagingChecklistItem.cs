namespace Dashboard.Domain.Proposals;

/// <summary>One check the engineer made on staging, e.g. "billing-api error rate unchanged for 15 minutes".</summary>
public sealed record StagingChecklistItem(string Description, bool Confirmed);
