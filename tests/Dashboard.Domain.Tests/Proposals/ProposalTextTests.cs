using Dashboard.Domain.Proposals;
using static Dashboard.Domain.Tests.Proposals.ProposalBuilder;

namespace Dashboard.Domain.Tests.Proposals;

public class ProposalTextTests
{
    [Fact]
    public void StagingChecklist_MoreThanFiftyItems_IsRefusedWithTheCount()
    {
        var items = Enumerable.Range(1, ProposalText.MaxItems + 1).Select(i => new StagingChecklistItem($"check {i}", true));

        var error = Assert.Throws<DomainException>(() => new StagingChecklist(items));

        Assert.Contains("has 51 items; at most 50", error.Message);
    }

    [Fact]
    public void StagingChecklist_FiftyItemsOfFiveHundredCharacters_IsAccepted()
    {
        var items = Enumerable.Range(1, ProposalText.MaxItems).Select(_ => new StagingChecklistItem(new string('c', ProposalText.MaxItemLength), true));

        Assert.Equal(50, new StagingChecklist(items).Items.Count);
    }

    [Theory]
    [InlineData("error rate\nunchanged", "Item 2 of the staging checklist contains U+000A")]
    [InlineData("error rate \u202Edegnahcnu", "Item 2 of the staging checklist contains U+202E")]
    public void StagingChecklist_ItemWithUnsafeCharacter_IsRefusedNamingTheItem(string second, string expected)
    {
        var error = Assert.Throws<DomainException>(() =>
            new StagingChecklist([new StagingChecklistItem("billing-api healthy", true), new StagingChecklistItem(second, true)]));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void StagingChecklist_ItemLongerThanFiveHundredCharacters_IsRefusedNamingTheItem()
    {
        var error = Assert.Throws<DomainException>(() =>
            new StagingChecklist([new StagingChecklistItem("billing-api healthy", true), new StagingChecklistItem(new string('c', 501), true)]));

        Assert.Contains("Item 2 of the staging checklist has 501 characters", error.Message);
    }

    [Fact]
    public void Reject_ReasonWithBidirectionalOverride_IsRefusedAndNothingChanges()
    {
        var proposal = new ProposalBuilder().Build();

        var error = Assert.Throws<DomainException>(() => proposal.Reject(People.Approver, "looks fine \u202Eton", At(1)));

        Assert.Contains("U+202E", error.Message);
        Assert.Equal(ProposalState.Draft, proposal.State);
    }

    [Fact]
    public void Reject_MultiLineReason_IsAccepted()
    {
        var proposal = new ProposalBuilder().Build();

        proposal.Reject(People.Approver, "Not this quarter.\r\nPropose it again in January.", At(1));

        Assert.Equal(ProposalState.Rejected, proposal.State);
    }

    [Fact]
    public void Reject_ReasonOverTwoThousandCharacters_IsRefused()
    {
        var proposal = new ProposalBuilder().Build();

        var error = Assert.Throws<DomainException>(() => proposal.Reject(People.Approver, new string('r', 2001), At(1)));

        Assert.Contains("2,001 characters; shorten it to at most 2,000", error.Message);
    }

    [Fact]
    public void FailStagingVerification_MoreThanFiftyReasons_IsRefused()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.AppliedToStaging);

        var error = Assert.Throws<DomainException>(() =>
            proposal.FailStagingVerification(People.Engineer, Enumerable.Range(1, 51).Select(i => $"reason {i}"), At(5)));

        Assert.Contains("51 items", error.Message);
        Assert.Null(proposal.StagingVerification);
    }
}
