namespace Dashboard.Domain.Proposals;

/// <summary>
/// What one risk level asks of a change before production: staging evidence (the health soak, or at least every affected
/// service's refresh interval since the staging write), a written mitigation with each approval, how many people other
/// than the author must approve, and whether each team owning an affected service must be among them (<see cref="OwnerTeams"/>).
/// </summary>
public sealed record GateRule
{
    public const int MaxApprovals = 5;

    public GateRule(bool stagingEvidence, bool mitigation, int approvals, bool ownerTeams = false)
    {
        if (approvals is < 1 or > MaxApprovals)
            throw new DomainException($"A gate needs between 1 and {MaxApprovals} approvals, not {approvals}: production is never reached without one, and more than {MaxApprovals} stalls every change.");
        StagingEvidence = stagingEvidence;
        Mitigation = mitigation;
        Approvals = approvals;
        OwnerTeams = ownerTeams;
    }

    public bool StagingEvidence { get; }
    public bool Mitigation { get; }
    public int Approvals { get; }
    /// <summary>An approver from each team that owns a service reading or reloading on the key; one approval can cover several teams.</summary>
    public bool OwnerTeams { get; }

    /// <summary>"staging evidence, mitigation, 2 approvals, an approver from each owning team".</summary>
    public string Describe() =>
        string.Join(", ", new[]
        {
            StagingEvidence ? "staging evidence" : null,
            Mitigation ? "mitigation" : null,
            Approvals == 1 ? "1 approval" : $"{Approvals} approvals",
            OwnerTeams ? "an approver from each owning team" : null,
        }.OfType<string>());
}
