namespace Dashboard.Domain.Proposals;

/// <summary>A step the proposal's state allows now, and whether this person may take it (<see cref="WhyNot"/> says why not).</summary>
public sealed record ActionAvailability(ProposalAction Action, string? WhyNot)
{
    public bool Allowed => WhyNot is null;
    public ProposalActionRule Rule => ProposalActionTable.For(Action);
}
