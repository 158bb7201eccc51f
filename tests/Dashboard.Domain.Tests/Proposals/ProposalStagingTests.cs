using Dashboard.Domain.Proposals;
using static Dashboard.Domain.Tests.Proposals.ProposalBuilder;

namespace Dashboard.Domain.Tests.Proposals;

public class ProposalStagingTests
{
    private static readonly ObservedSetting MovedStaging = new("0.07", null, "staging-etag-9");

    [Fact]
    public void ApplyToStaging_Draft_RecordsTheWriteAndTheValueItReplaced()
    {
        var proposal = new ProposalBuilder().Build();

        proposal.ApplyToStaging(People.Engineer, StagingApplyETag, At(1));

        Assert.Equal(ProposalState.AppliedToStaging, proposal.State);
        Assert.Equal(StagingApplyETag, proposal.StagingApply!.NewETag);
        Assert.Equal(proposal.StagingBase, proposal.StagingApply.Replaced);
        Assert.Equal("bob", proposal.Events[^1].ActorId);
    }

    [Fact]
    public void ApplyToStaging_Viewer_IsRefused()
    {
        var proposal = new ProposalBuilder().Build();

        var error = Assert.Throws<DomainException>(() => proposal.ApplyToStaging(People.Viewer, StagingApplyETag, At(1)));

        Assert.Contains("needs the Engineer or Admin role", error.Message);
        Assert.Equal(ProposalState.Draft, proposal.State);
    }

    [Fact]
    public void ApplyToStaging_AfterConflictWithoutRebase_IsRefused()
    {
        var proposal = new ProposalBuilder().Build();
        proposal.RecordStagingConflict(People.Engineer, MovedStaging, At(1));
        var before = ProposalSnapshot.Of(proposal);

        var error = Assert.Throws<DomainException>(() => proposal.ApplyToStaging(People.Engineer, StagingApplyETag, At(2)));

        Assert.Contains("must rebase", error.Message);
        Assert.Equal(before, ProposalSnapshot.Of(proposal));
    }

    [Fact]
    public void RecordStagingConflict_SameETagAsBase_IsRefused()
    {
        var proposal = new ProposalBuilder().Build();

        var error = Assert.Throws<DomainException>(() =>
            proposal.RecordStagingConflict(People.Engineer, new ObservedSetting("0.08", null, proposal.StagingBase.ETag), At(1)));

        Assert.Contains("not a conflict", error.Message);
        Assert.Null(proposal.StagingConflict);
    }

    [Fact]
    public void Rebase_ByAuthorAfterConflict_MovesStagingBaseAndStaysDraft()
    {
        var proposal = new ProposalBuilder().Build();
        proposal.RecordStagingConflict(People.Engineer, MovedStaging, At(1));

        proposal.Rebase(People.Author, At(2));

        Assert.Equal(ProposalState.Draft, proposal.State);
        Assert.Equal(MovedStaging, proposal.StagingBase);
        Assert.Equal("staging-etag-9", proposal.ExpectedStagingETag);
        Assert.Null(proposal.StagingConflict);
        Assert.Equal(ProposalAction.Rebase, proposal.Events[^1].Action);
    }

    [Fact]
    public void Rebase_BySomeoneElse_IsRefused()
    {
        var proposal = new ProposalBuilder().Build();
        proposal.RecordStagingConflict(People.Engineer, MovedStaging, At(1));

        var error = Assert.Throws<DomainException>(() => proposal.Rebase(People.Engineer, At(2)));

        Assert.Contains("Only the author, Alice, can rebase", error.Message);
        Assert.NotNull(proposal.StagingConflict);
    }

    [Fact]
    public void Rebase_WithoutConflict_IsRefused()
    {
        var proposal = new ProposalBuilder().Build();

        var error = Assert.Throws<DomainException>(() => proposal.Rebase(People.Author, At(1)));

        Assert.Contains("no staging conflict", error.Message);
    }

    [Fact]
    public void VerifyStaging_AllChecksConfirmed_RecordsAPassedChecklistVerification()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.AppliedToStaging);

        proposal.VerifyStaging(People.Engineer, Checklist(), At(2));

        Assert.Equal(ProposalState.StagingVerified, proposal.State);
        Assert.True(proposal.StagingVerification!.Passed);
        Assert.Equal(StagingVerificationResult.ChecklistMethod, proposal.StagingVerification.Method);
        Assert.Equal(2, proposal.StagingVerification.Reasons.Count);
    }

    [Fact]
    public void VerifyStaging_UnconfirmedCheck_IsRefusedNamingIt()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.AppliedToStaging);

        var error = Assert.Throws<DomainException>(() => proposal.VerifyStaging(People.Engineer, Checklist(confirmed: false), At(2)));

        Assert.Contains("'invoice-renderer healthy'", error.Message);
        Assert.Equal(ProposalState.AppliedToStaging, proposal.State);
    }

    [Fact]
    public void FailStagingVerification_WithReasons_StaysOnStagingWithAFailedResult()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.AppliedToStaging);

        proposal.FailStagingVerification(People.Engineer, ["invoice-renderer error rate 12%"], At(2));

        Assert.Equal(ProposalState.AppliedToStaging, proposal.State);
        Assert.False(proposal.StagingVerification!.Passed);
        Assert.Equal(["invoice-renderer error rate 12%"], proposal.StagingVerification.Reasons);
    }

    [Fact]
    public void FailStagingVerification_NoReasons_IsRefused()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.AppliedToStaging);

        var error = Assert.Throws<DomainException>(() => proposal.FailStagingVerification(People.Engineer, ["  "], At(2)));

        Assert.Contains("needs at least one reason", error.Message);
        Assert.Null(proposal.StagingVerification);
    }

    [Fact]
    public void OverrideFailedVerification_ReasonAndSecondPerson_VerifiesStagingAndRecordsBoth()
    {
        var proposal = Failed();

        proposal.OverrideFailedVerification(People.Engineer, "the failing check is a known flaky probe", People.Approver, At(3));

        Assert.Equal(ProposalState.StagingVerified, proposal.State);
        Assert.Equal("bob", proposal.VerificationOverride!.OverriddenById);
        Assert.Equal("carol", proposal.VerificationOverride.SecondPersonId);
        Assert.Equal("the failing check is a known flaky probe", proposal.VerificationOverride.Reason);
        Assert.Contains("Carol", proposal.Events[^1].Description);
    }

    public static TheoryData<string, string?, string> RefusedOverrides() => new()
    {
        { "without a second person", null, "needs a second person" },
        { "with the same person", "bob", "cannot be their own second person" },
        { "with a viewer", "erin", "second person needs the Engineer, Approver or Admin role" },
    };

    [Theory]
    [MemberData(nameof(RefusedOverrides))]
    public void OverrideFailedVerification_BadSecondPerson_IsRefusedAndChangesNothing(string scenario, string? secondPersonId, string expected)
    {
        var proposal = Failed();
        var before = ProposalSnapshot.Of(proposal);
        ProposalActor? secondPerson = secondPersonId switch
        {
            null => null,
            "bob" => new ProposalActor("BOB", "Bob again", ["Approver"]),
            _ => People.Viewer,
        };

        var error = Assert.Throws<DomainException>(() => proposal.OverrideFailedVerification(People.Engineer, "flaky probe", secondPerson, At(3)));

        Assert.True(error.Message.Contains(expected), $"{scenario}: {error.Message}");
        Assert.Equal(before, ProposalSnapshot.Of(proposal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void OverrideFailedVerification_WithoutReason_IsRefused(string reason)
    {
        var proposal = Failed();
        var before = ProposalSnapshot.Of(proposal);

        var error = Assert.Throws<DomainException>(() => proposal.OverrideFailedVerification(People.Engineer, reason, People.Approver, At(3)));

        Assert.Contains("reason for overriding", error.Message);
        Assert.Equal(before, ProposalSnapshot.Of(proposal));
    }

    [Fact]
    public void OverrideFailedVerification_NoFailedVerification_IsRefused()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.AppliedToStaging);

        var error = Assert.Throws<DomainException>(() => proposal.OverrideFailedVerification(People.Engineer, "flaky", People.Approver, At(3)));

        Assert.Contains("no failed staging verification", error.Message);
    }

    private static Proposal Failed()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.AppliedToStaging);
        proposal.FailStagingVerification(People.Engineer, ["invoice-renderer error rate 12%"], At(2));
        return proposal;
    }
}
