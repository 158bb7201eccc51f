namespace Dashboard.Domain.Proposals;

/// <summary>The two environments every proposal passes through, in this order.</summary>
public enum ProposalEnvironment
{
    Staging,
    Production,
}
