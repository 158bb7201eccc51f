namespace Dashboard.Domain.Proposals;

/// <summary>Where a config change stands on its way to production; production is reachable only through staging.</summary>
public enum ProposalState
{
    Draft,
    AppliedToStaging,
    StagingVerified,
    Approved,
    AppliedToProduction,
    Verified,
    RolledBack,
    Rejected,
    Abandoned,
}
