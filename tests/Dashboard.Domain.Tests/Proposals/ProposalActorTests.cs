using Dashboard.Domain.Access;
using Dashboard.Domain.Proposals;

namespace Dashboard.Domain.Tests.Proposals;

public class ProposalActorTests
{
    [Fact]
    public void Teams_FromTheIdentityProvider_AreTrimmedAndDeduplicatedWithoutCase()
    {
        var actor = new ProposalActor("ada", "Ada", [Roles.Approver], [" payments ", "Payments", "", "documents"]);

        Assert.Equal(["payments", "documents"], actor.Teams);
    }

    [Fact]
    public void IsMemberOf_ATeamSpelledInAnotherCase_IsTrue()
    {
        var actor = new ProposalActor("ada", "Ada", [Roles.Approver], ["Payments"]);

        Assert.True(actor.IsMemberOf("payments"));
        Assert.False(actor.IsMemberOf("documents"));
    }

    [Fact]
    public void Teams_WhenNoneAreGiven_IsEmpty()
    {
        Assert.Empty(new ProposalActor("ada", "Ada", [Roles.Approver]).Teams);
    }
}
