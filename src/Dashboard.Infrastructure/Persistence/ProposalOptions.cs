namespace Dashboard.Infrastructure.Persistence;

/// <summary>The <c>Proposals</c> settings section.</summary>
public sealed class ProposalOptions
{
    public const string SectionName = "Proposals";
    public const int DefaultClaimTimeoutSeconds = 120;

    /// <summary>
    /// How old a store write's claim must be before it is treated as interrupted and settled from what the store holds. Longer than
    /// any store write can take (the Azure clients give up after 100 s), so a write still in flight is never settled under its writer.
    /// </summary>
    public int ClaimTimeoutSeconds { get; set; } = DefaultClaimTimeoutSeconds;
}
