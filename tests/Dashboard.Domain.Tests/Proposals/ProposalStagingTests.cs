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
    public void OverrideFailedVerification_ReasonAndSecondPerson_WaitsForTheSecondPerson()
    {
        var proposal = Failed();

        proposal.OverrideFailedVerification(People.Engineer, "the failing check is a known flaky probe", People.Approver, At(3));

        Assert.Equal(ProposalState.AppliedToStaging, proposal.State);
        var pending = Assert.IsType<VerificationOverride>(proposal.PendingOverride);
        Assert.Equal("bob", pending.OverriddenById);
        Assert.Equal("carol", pending.SecondPersonId);
        Assert.Equal("the failing check is a known flaky probe", pending.Reason);
        Assert.False(pending.IsConfirmed);
        Assert.Contains("waiting for Carol (carol) to confirm", proposal.Events[^1].Description);
        Assert.Equal("proposal.override-failed-verification", proposal.PendingAuditRecords[^1].Action);
    }

    [Fact]
    public void ConfirmVerificationOverride_NamedSecondPerson_VerifiesStagingAndRecordsBoth()
    {
        var proposal = Requested();

        proposal.ConfirmVerificationOverride(People.Approver, At(4));

        Assert.Equal(ProposalState.StagingVerified, proposal.State);
        Assert.Null(proposal.PendingOverride);
        Assert.Equal(At(4), proposal.VerificationOverride!.ConfirmedAt);
        Assert.Equal("bob", proposal.VerificationOverride.OverriddenById);
        Assert.Equal("carol", proposal.Events[^1].ActorId);
        Assert.Equal(ProposalAction.ConfirmVerificationOverride, proposal.Events[^1].Action);
        Assert.Contains("Carol confirmed the override Bob asked for", proposal.Events[^1].Description);
        Assert.Equal("proposal.confirm-verification-override", proposal.PendingAuditRecords[^1].Action);
        Assert.Equal("carol", proposal.PendingAuditRecords[^1].Actor);
    }

    [Fact]
    public void ConfirmVerificationOverride_ByTheRequester_IsRefusedAndChangesNothing()
    {
        var proposal = Requested();
        var before = ProposalSnapshot.Of(proposal);

        var error = Assert.Throws<DomainException>(() => proposal.ConfirmVerificationOverride(People.Engineer, At(4)));

        Assert.Contains("Bob asked for this override and cannot confirm this override: Carol (carol) must sign in and confirm it themselves", error.Message);
        Assert.Equal(before, ProposalSnapshot.Of(proposal));
    }

    [Theory]
    [InlineData("frank")]
    [InlineData("dave")]
    public void ConfirmVerificationOverride_ByAThirdPerson_IsRefusedAndChangesNothing(string third)
    {
        var proposal = Requested();
        var before = ProposalSnapshot.Of(proposal);
        var person = third == "frank" ? People.SecondApprover : People.Admin;

        var error = Assert.Throws<DomainException>(() => proposal.ConfirmVerificationOverride(person, At(4)));

        Assert.Contains("This override waits for Carol (carol), named by Bob: only they can confirm this override", error.Message);
        Assert.Equal(before, ProposalSnapshot.Of(proposal));
    }

    [Fact]
    public void ConfirmVerificationOverride_NothingRequested_IsRefused()
    {
        var proposal = Failed();

        var error = Assert.Throws<DomainException>(() => proposal.ConfirmVerificationOverride(People.Approver, At(4)));

        Assert.Contains("No override of a failed staging verification waits for confirmation", error.Message);
    }

    [Fact]
    public void OverrideFailedVerification_WhileARequestWaits_IsRefused()
    {
        var proposal = Requested();
        var before = ProposalSnapshot.Of(proposal);

        var error = Assert.Throws<DomainException>(() => proposal.OverrideFailedVerification(People.Author, "flaky", People.SecondApprover, At(4)));

        Assert.Contains("already waits for Carol", error.Message);
        Assert.Equal(before, ProposalSnapshot.Of(proposal));
    }

    [Theory]
    [InlineData("bob", "Bob withdrew the request")]
    [InlineData("carol", "Carol declined to confirm the override Bob asked for")]
    public void DeclineVerificationOverride_RequesterOrSecondPerson_LeavesTheFailedVerification(string who, string expected)
    {
        var proposal = Requested();

        proposal.DeclineVerificationOverride(who == "bob" ? People.Engineer : People.Approver, At(4));

        Assert.Equal(ProposalState.AppliedToStaging, proposal.State);
        Assert.Null(proposal.VerificationOverride);
        Assert.False(proposal.StagingVerification!.Passed);
        Assert.Contains(expected, proposal.Events[^1].Description);
        Assert.Contains(ProposalAction.OverrideFailedVerification, proposal.AvailableActions());
        Assert.DoesNotContain(ProposalAction.ConfirmVerificationOverride, proposal.AvailableActions());
    }

    [Fact]
    public void DeclineVerificationOverride_ByAThirdPerson_IsRefusedAndChangesNothing()
    {
        var proposal = Requested();
        var before = ProposalSnapshot.Of(proposal);

        var error = Assert.Throws<DomainException>(() => proposal.DeclineVerificationOverride(People.SecondApprover, At(4)));

        Assert.Contains("Only Bob, who asked for the override, or Carol, named to confirm it", error.Message);
        Assert.Equal(before, ProposalSnapshot.Of(proposal));
    }

    [Fact]
    public void AvailableActionsFor_PendingOverride_OnlyTheNamedPersonMayConfirm()
    {
        var proposal = Requested();

        bool MayConfirm(ProposalActor actor) =>
            proposal.AvailableActionsFor(actor).Single(a => a.Action == ProposalAction.ConfirmVerificationOverride).Allowed;

        Assert.True(MayConfirm(People.Approver));
        Assert.False(MayConfirm(People.Engineer));
        Assert.False(MayConfirm(People.SecondApprover));
        Assert.DoesNotContain(ProposalAction.OverrideFailedVerification, proposal.AvailableActions());
    }

    [Fact]
    public void VerifyStaging_WhileAnOverrideWaits_DropsTheRequest()
    {
        var proposal = Requested();

        proposal.VerifyStaging(People.Engineer, Checklist(), At(4));

        Assert.Equal(ProposalState.StagingVerified, proposal.State);
        Assert.Null(proposal.VerificationOverride);
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

    private static Proposal Requested()
    {
        var proposal = Failed();
        proposal.OverrideFailedVerification(People.Engineer, "the failing check is a known flaky probe", People.Approver, At(3));
        return proposal;
    }

    private static Proposal Failed()
    {
        var proposal = new ProposalBuilder().BuildIn(ProposalState.AppliedToStaging);
        proposal.FailStagingVerification(People.Engineer, ["invoice-renderer error rate 12%"], At(2));
        return proposal;
    }
}
