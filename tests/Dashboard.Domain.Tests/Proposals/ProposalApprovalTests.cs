using Dashboard.Domain.Proposals;
using static Dashboard.Domain.Tests.Proposals.ProposalBuilder;

namespace Dashboard.Domain.Tests.Proposals;

public class ProposalApprovalTests
{
    [Fact]
    public void Approve_ApproverOtherThanAuthor_BindsApprovalToTheDiffHash()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.StagingVerified);

        proposal.Approve(People.Approver, At(3), Mitigation);

        Assert.Equal(ProposalState.Approved, proposal.State);
        Assert.Equal("carol", proposal.Approval!.ApproverId);
        Assert.Matches("^[0-9a-f]{64}$", proposal.Approval.ApprovalHash);
        Assert.True(proposal.IsApprovalValid);
    }

    [Fact]
    public void Approve_SameDiffOnTwoProposals_GivesTheSameHash_OtherRadiusGivesAnother()
    {
        var first = new ProposalBuilder().BuildIn(ProposalState.Approved);
        var same = new ProposalBuilder().BuildIn(ProposalState.Approved);
        var otherRadius = new ProposalBuilder().WithRadius(Radius(risk: "Low")).BuildIn(ProposalState.Approved);

        Assert.Equal(first.Approval!.ApprovalHash, same.Approval!.ApprovalHash);
        Assert.NotEqual(first.Approval.ApprovalHash, otherRadius.Approval!.ApprovalHash);
    }

    [Fact]
    public void Approve_ByTheAuthor_IsRefused()
    {
        var author = new ProposalActor("alice", "Alice", ["Engineer", "Approver"]);
        var proposal = new ProposalBuilder().By(author).BuildIn(ProposalState.StagingVerified);
        var before = ProposalSnapshot.Of(proposal);

        var error = Assert.Throws<DomainException>(() => proposal.Approve(author, At(3)));

        Assert.Contains("ask an Approver other than you", error.Message);
        Assert.Equal(before, ProposalSnapshot.Of(proposal));
    }

    [Fact]
    public void Approve_ByAnAdminAuthor_IsRefusedToo()
    {
        var proposal = new ProposalBuilder().By(People.Admin).BuildIn(ProposalState.StagingVerified);

        var error = Assert.Throws<DomainException>(() => proposal.Approve(People.Admin, At(3)));

        Assert.Contains("whatever their roles", error.Message);
        Assert.Null(proposal.Approval);
        Assert.Equal(ProposalState.StagingVerified, proposal.State);
    }

    [Fact]
    public void Approve_AuthorIdInOtherCase_IsRecognisedAsTheAuthor()
    {
        var proposal = new ProposalBuilder().By(People.Admin).BuildIn(ProposalState.StagingVerified);
        var sameAdmin = new ProposalActor("DAVE", "Dave", ["Approver"]);

        Assert.Throws<DomainException>(() => proposal.Approve(sameAdmin, At(3)));
    }

    [Theory]
    [MemberData(nameof(NonApprovers))]
    public void Approve_WithoutApproverRole_IsRefused(string userId)
    {
        var approver = new[] { People.Engineer, People.OnCall, People.Viewer }.Single(p => p.UserId == userId);
        var proposal = new ProposalBuilder().BuildIn(ProposalState.StagingVerified);

        var error = Assert.Throws<DomainException>(() => proposal.Approve(approver, At(3)));

        Assert.Contains("needs the Approver role", error.Message);
        Assert.Equal(ProposalState.StagingVerified, proposal.State);
    }

    public static TheoryData<string> NonApprovers() => new(People.Engineer.UserId, People.OnCall.UserId, People.Viewer.UserId);

    [Fact]
    public void Approve_AdminWhoIsNotTheAuthor_IsAccepted()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.StagingVerified);

        proposal.Approve(People.Admin, At(3), Mitigation);

        Assert.Equal(ProposalState.Approved, proposal.State);
    }

    [Fact]
    public void Edit_AfterApproval_VoidsTheApprovalAndReturnsToDraft()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.Approved);

        proposal.Edit(People.Author, ProposedValue.Set("0.085"), Radius(), At(4));

        Assert.Equal(ProposalState.Draft, proposal.State);
        Assert.Null(proposal.Approval);
        Assert.False(proposal.IsApprovalValid);
        Assert.Null(proposal.StagingApply);
        Assert.Null(proposal.StagingVerification);
        var edit = proposal.Events[^1];
        Assert.Equal(ProposalState.Approved, edit.From);
        Assert.Equal(ProposalState.Draft, edit.To);
        Assert.Equal("'0.0825'", edit.BeforeValue);
        Assert.Equal("'0.085'", edit.AfterValue);
        Assert.Contains("approval by Carol is void", edit.Description);
    }

    [Fact]
    public void Edit_AfterApproval_ThenProductionApply_IsRefused()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.Approved);
        proposal.Edit(People.Author, ProposedValue.Set("0.085"), Radius(), At(4));

        var error = Assert.Throws<DomainException>(() =>
            proposal.ApplyToProduction(People.Engineer, proposal.ProductionBase, ProductionApplyETag, At(5)));

        Assert.Contains("production is reachable only through staging", error.Message);
    }

    [Fact]
    public void Edit_AfterStagingApply_NextStagingWriteExpectsTheETagOurWriteGot()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.StagingVerified);

        proposal.Edit(People.Author, ProposedValue.Set("0.085"), Radius(), At(4));

        Assert.Equal(StagingApplyETag, proposal.ExpectedStagingETag);
        Assert.Equal("0.0825", proposal.StagingBase.Value);
    }

    [Fact]
    public void Edit_BySomeoneOtherThanTheAuthor_IsRefused()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.Approved);
        var before = ProposalSnapshot.Of(proposal);

        var error = Assert.Throws<DomainException>(() => proposal.Edit(People.Engineer, ProposedValue.Set("0.085"), Radius(), At(4)));

        Assert.Contains("Only the author, Alice, can edit", error.Message);
        Assert.Equal(before, ProposalSnapshot.Of(proposal));
    }

    [Fact]
    public void Edit_NothingChanged_IsRefused()
    {
        var proposal = new ProposalBuilder().Build();

        var error = Assert.Throws<DomainException>(() => proposal.Edit(People.Author, proposal.ProposedValue, Radius(), At(1)));

        Assert.Contains("change the value before saving", error.Message);
        Assert.Single(proposal.Events);
    }

    [Fact]
    public void Edit_OnlyTheBlastRadiusChanged_IsAcceptedAndEventCarriesTheNewRadiusHash()
    {
        var proposal = new ProposalBuilder().Build();
        var wider = Radius(text: """{"direct":["billing-api","invoice-renderer","checkout"]}""");

        proposal.Edit(People.Author, proposal.ProposedValue, wider, At(1));

        Assert.Equal(wider.Hash, proposal.Events[^1].BlastRadiusHash);
    }

    [Fact]
    public void Reject_WithoutApproverRole_IsRefused()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.StagingVerified);

        var error = Assert.Throws<DomainException>(() => proposal.Reject(People.Engineer, "no", At(3)));

        Assert.Contains("rejecting needs the Approver role", error.Message);
    }

    [Fact]
    public void Reject_WithoutReason_IsRefused()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.StagingVerified);

        var error = Assert.Throws<DomainException>(() => proposal.Reject(People.Approver, " ", At(3)));

        Assert.Contains("reason for the rejection is empty", error.Message);
        Assert.Equal(ProposalState.StagingVerified, proposal.State);
    }

    [Fact]
    public void Reject_ByApproverWithReason_ClosesTheProposal()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.StagingVerified);

        proposal.Reject(People.Approver, "wait for the quarter close", At(3));

        Assert.Equal(ProposalState.Rejected, proposal.State);
        Assert.Equal("wait for the quarter close", proposal.ClosingReason);
    }
}
