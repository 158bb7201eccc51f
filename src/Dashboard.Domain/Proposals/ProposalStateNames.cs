namespace Dashboard.Domain.Proposals;

/// <summary>The one place a proposal's state gets the words people read: every page and the API's <c>stateName</c> use it.</summary>
public static class ProposalStateNames
{
    public static string HumanName(this ProposalState state) => state switch
    {
        ProposalState.Draft => "Draft, not applied yet",
        ProposalState.AppliedToStaging => "Applied to staging",
        ProposalState.StagingVerified => "Waiting for approval",
        ProposalState.Approved => "Approved, ready for production",
        ProposalState.AppliedToProduction => "Applied to production",
        ProposalState.Verified => "Verified in production",
        ProposalState.RolledBack => "Rolled back",
        ProposalState.Rejected => "Rejected",
        ProposalState.Abandoned => "Abandoned",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "A proposal state without a human name: add it here."),
    };
}
