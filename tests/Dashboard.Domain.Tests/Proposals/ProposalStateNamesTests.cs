using Dashboard.Domain.Proposals;

namespace Dashboard.Domain.Tests.Proposals;

public sealed class ProposalStateNamesTests
{
    [Fact]
    public void HumanName_EveryState_IsDistinctWordsNotTheEnumName()
    {
        var states = Enum.GetValues<ProposalState>();

        var names = states.Select(s => s.HumanName()).ToList();

        Assert.Equal(states.Length, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        // Multi-word states must read as words ("Applied to staging"), never as the code's "AppliedToStaging".
        Assert.All(states.Where(s => s.ToString().Skip(1).Any(char.IsUpper)), s => Assert.Contains(' ', s.HumanName()));
    }

    [Fact]
    public void HumanName_TheStateWhoseNextStepIsApprove_SaysItWaitsForApproval()
    {
        var approvable = Enum.GetValues<ProposalState>().Single(s => ProposalTransitions.IsAllowed(s, ProposalAction.Approve));

        Assert.Equal("Waiting for approval", approvable.HumanName());
    }
}
