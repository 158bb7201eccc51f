using Dashboard.Domain.Proposals;

namespace Dashboard.Domain.Tests.Proposals;

/// <summary>Proposals for tests: the story's tax-rate change, varied one property at a time, and driven to any state.</summary>
public sealed class ProposalBuilder
{
    public const string StagingApplyETag = "staging-etag-2";
    public const string ProductionApplyETag = "prod-etag-2";
    public const string Mitigation = "watch billing-api 5xx for 10 minutes; roll back on any rise";
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private ProposalActor _author = People.Author;
    private ProposedValue _value = ProposedValue.Set("0.0825");
    private ObservedSetting _stagingBase = new("0.08", null, "staging-etag-1");
    private ObservedSetting _productionBase = new("0.08", null, "prod-etag-1");
    private BlastRadiusSnapshot _radius = Radius();
    private GateRules? _rules;
    private IReadOnlyDictionary<string, string>? _owners;

    public static DateTimeOffset At(int minutes) => Start.AddMinutes(minutes);

    public static ProposalTarget Target() => new("appcs-shared", "tax.rate.default", "staging", "prod");

    public static BlastRadiusSnapshot Radius(string text = """{"direct":["billing-api","invoice-renderer"]}""", string risk = "High") => new(text, risk);

    public static StagingChecklist Checklist(bool confirmed = true) =>
        new([new StagingChecklistItem("billing-api error rate unchanged for 15 minutes", true), new StagingChecklistItem("invoice-renderer healthy", confirmed)]);

    public ProposalBuilder By(ProposalActor author) { _author = author; return this; }
    public ProposalBuilder Proposing(ProposedValue value) { _value = value; return this; }
    public ProposalBuilder WithProductionBase(ObservedSetting productionBase) { _productionBase = productionBase; return this; }
    public ProposalBuilder WithRadius(BlastRadiusSnapshot radius) { _radius = radius; return this; }
    public ProposalBuilder WithRules(GateRules rules) { _rules = rules; return this; }
    public ProposalBuilder OwnedBy(IReadOnlyDictionary<string, string> owners) { _owners = owners; return this; }

    public Proposal Build() => new(_author, Target(), _value, _stagingBase, _productionBase, "2027 tax rules", _radius, Start, _rules, _owners);

    /// <summary>A proposal taken to <paramref name="state"/> along its happy path (or closed straight from Draft).</summary>
    public Proposal BuildIn(ProposalState state)
    {
        var proposal = Build();
        switch (state)
        {
            case ProposalState.Rejected:
                proposal.Reject(People.Approver, "not this quarter", At(1));
                return proposal;
            case ProposalState.Abandoned:
                proposal.Abandon(proposal.AuthorId == People.Admin.UserId ? People.Admin : People.Author, "superseded", At(1));
                return proposal;
        }
        var steps = new (ProposalState Reached, Action<Proposal> Step)[]
        {
            (ProposalState.AppliedToStaging, p => p.ApplyToStaging(People.Engineer, StagingApplyETag, At(1))),
            (ProposalState.StagingVerified, p => p.VerifyStaging(People.Engineer, Checklist(), At(2))),
            (ProposalState.Approved, p => p.Approve(People.Approver, At(3), Mitigation)),
            (ProposalState.AppliedToProduction, p => p.ApplyToProduction(People.Engineer, p.ProductionBase, ProductionApplyETag, At(4))),
            (ProposalState.Verified, p => p.MarkVerified(People.OnCall, At(5))),
        };
        foreach (var (reached, step) in steps)
        {
            if (proposal.State == state) return proposal;
            if (state == ProposalState.RolledBack && reached == ProposalState.Verified) break;
            step(proposal);
        }
        if (state == ProposalState.RolledBack)
            proposal.RollBack(People.OnCall, ProductionApplyETag, At(6));
        return proposal;
    }
}
