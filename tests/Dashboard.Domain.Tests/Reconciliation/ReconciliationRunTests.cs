using Dashboard.Domain.Reconciliation;
using static Dashboard.Domain.Reconciliation.ReconciliationAction;
using static Dashboard.Domain.Tests.Reconciliation.RunBuilder;
using static Dashboard.Domain.Tests.Reconciliation.Snapshots;

namespace Dashboard.Domain.Tests.Reconciliation;

public class ReconciliationRunTests
{
    [Fact]
    public void Constructor_ByViewer_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => new ReconciliationRun(Viewer, Criteria, 5, new ReconciliationPolicy(), Now));

        Assert.Contains("ReconciliationOperator", error.Message);
    }

    [Fact]
    public void Constructor_TooManyMatches_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => new ReconciliationRun(Preparer, Criteria, 20_000, new ReconciliationPolicy(maxItemsPerRun: 10_000), Now));

        Assert.Contains("narrow", error.Message);
    }

    [Fact]
    public void Classify_Transactions_PlansStepsWithKeysInOrderSkippingWait()
    {
        var run = Small();

        Assert.Equal(ReconciliationRunState.Classified, run.State);
        Assert.Equal(2, run.Plan.TransactionCount);
        Assert.Equal([Capture, ConfirmLedger, ConfirmLedger], run.Plan.Calls.Select(c => c.Action));
        Assert.Equal([1, 2, 3], run.Plan.Calls.Select(c => c.Sequence));
        Assert.Equal(ReconciliationItem.IdempotencyKeyFor(run.Id, "1", Capture), run.Plan.Calls[0].IdempotencyKey);
        Assert.Equal(3, run.Plan.Calls.Select(c => c.IdempotencyKey).Distinct().Count());
        Assert.Equal(CallTarget.Gateway, run.Plan.Calls[0].Target);
        Assert.Equal(CallTarget.Ledger, run.Plan.Calls[1].Target);
        Assert.False(run.Items.Single(i => i.TransactionId == "3").IsActionable);
    }

    [Fact]
    public void Plan_Totals_ArePerCurrencyAndAction()
    {
        var run = Classified(null, Authorised("1", 1000, "eur"), Authorised("2", 3000, "eur"), Authorised("3", 700, "usd"));

        var captures = run.Plan.Totals.Where(t => t.Action == Capture).ToList();

        Assert.Equal([("eur", 2, 4000L), ("usd", 1, 700L)], captures.Select(t => (t.Currency, t.Count, t.Amount)));
    }

    [Fact]
    public void Classify_SameTransactionTwice_IsRefused()
    {
        var run = Found();

        Assert.Throws<DomainException>(() => run.Classify(Preparer, [Authorised("1"), Authorised("1")], Now));
    }

    [Fact]
    public void Start_WithinThreshold_ExecutesWithoutApproval()
    {
        var run = Small(approvalCount: 10);

        run.Start(Preparer, run.Plan.Hash, Now);

        Assert.False(run.RequiresApproval);
        Assert.Equal(ReconciliationRunState.Executing, run.State);
    }

    [Fact]
    public void Start_AboveCountThreshold_WithoutApproval_IsRefused()
    {
        var run = Small(approvalCount: 1);

        var error = Assert.Throws<DomainException>(() => run.Start(Preparer, run.Plan.Hash, Now));

        Assert.True(run.RequiresApproval);
        Assert.Contains("approval", error.Message);
        Assert.Equal(ReconciliationRunState.Classified, run.State);
    }

    [Fact]
    public void RequiresApproval_AboveAmountThresholdInOneCurrency_IsTrue()
    {
        var policy = new ReconciliationPolicy(approvalCountThreshold: 100, approvalAmountThreshold: 5000);

        Assert.True(Classified(policy, Authorised("1", 3000), Authorised("2", 3000)).RequiresApproval);
        Assert.False(Classified(policy, Authorised("1", 3000), Authorised("2", 3000, "usd")).RequiresApproval);
    }

    [Fact]
    public void Approve_ByPreparer_IsRefusedFourEyes()
    {
        var run = Small(approvalCount: 1);

        var error = Assert.Throws<DomainException>(() => run.Approve(Preparer, run.Plan.Hash, Now));

        Assert.Contains("four eyes", error.Message);
        Assert.Null(run.Approval);
    }

    [Fact]
    public void Approve_PreparerWithDifferentCaseId_IsStillThePreparer()
    {
        var run = Small(approvalCount: 1);
        var sameOlga = new ReconciliationActor("OLGA", "Olga", [Dashboard.Domain.Access.Roles.ReconciliationOperator]);

        Assert.Throws<DomainException>(() => run.Approve(sameOlga, run.Plan.Hash, Now));
    }

    [Fact]
    public void Approve_BySomeoneWhoOverrodeAnItem_IsRefusedFourEyes()
    {
        var run = Small(approvalCount: 1);
        run.Override(SecondOperator, "1", [Cancel], "customer cancelled by phone", Now);

        var error = Assert.Throws<DomainException>(() => run.Approve(SecondOperator, run.Plan.Hash, Now));

        Assert.Contains("overrode", error.Message);
    }

    [Fact]
    public void Approve_WithoutApproverRole_IsRefused()
    {
        var run = Small(approvalCount: 1);

        Assert.Throws<DomainException>(() => run.Approve(Viewer, run.Plan.Hash, Now));
    }

    [Fact]
    public void Approve_SecondPerson_BindsTheApprovalToThePlanHashAndAllowsStart()
    {
        var run = Small(approvalCount: 1);

        run.Approve(SecondOperator, run.Plan.Hash, Now);
        run.Start(Preparer, run.Plan.Hash, Now);

        Assert.Equal(run.Plan.Hash, run.Approval!.PlanHash);
        Assert.Equal(ReconciliationRunState.Executing, run.State);
        Assert.Contains(run.Events, e => e.Kind == RunEventKind.Approved && e.ActorId == "pavel");
    }

    [Fact]
    public void Approve_StalePreviewHash_IsRefused()
    {
        var run = Small(approvalCount: 0);
        var previewed = run.Plan.Hash;
        run.Exclude(Preparer, "2", "handled by hand", Now);

        var error = Assert.Throws<DomainException>(() => run.Approve(SecondOperator, previewed, Now));

        Assert.Contains("preview it again", error.Message);
    }

    [Fact]
    public void Exclude_AfterApproval_VoidsTheApprovalAndReturnsToClassified()
    {
        var run = Small(approvalCount: 0);
        run.Approve(SecondOperator, run.Plan.Hash, Now);

        run.Exclude(Preparer, "2", null, Now);

        Assert.Null(run.Approval);
        Assert.Equal(ReconciliationRunState.Classified, run.State);
        Assert.Contains("void", run.Events[^1].Description);
        Assert.Throws<DomainException>(() => run.Start(Preparer, run.Plan.Hash, Now));
    }

    [Fact]
    public void PlanHash_ChangesWhenThePlanChanges()
    {
        var run = Small();
        var original = run.Plan.Hash;

        run.Override(Preparer, "1", [Cancel], "customer cancelled", Now);
        var overridden = run.Plan.Hash;
        run.Exclude(Preparer, "2", null, Now);
        var excluded = run.Plan.Hash;
        run.Include(Preparer, "2", Now);

        Assert.NotEqual(original, overridden);
        Assert.NotEqual(overridden, excluded);
        Assert.Equal(overridden, run.Plan.Hash);
        Assert.Equal(64, original.Length);
    }

    [Fact]
    public void PlanHash_SameTransactionsInAnotherRun_Differs()
    {
        Assert.NotEqual(Small().Plan.Hash, Small().Plan.Hash);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Override_WithoutReason_IsRefusedAndChangesNothing(string reason)
    {
        var run = Small();
        var hash = run.Plan.Hash;

        var error = Assert.Throws<DomainException>(() => run.Override(Preparer, "1", [Cancel], reason, Now));

        Assert.Contains("override reason", error.Message);
        Assert.Null(run.Items[0].Override);
        Assert.Equal(hash, run.Plan.Hash);
    }

    [Fact]
    public void Override_WithReason_ReplacesActionsAndKeepsReasonAndKeyScheme()
    {
        var run = Small();

        run.Override(Preparer, "1", [Cancel], "customer cancelled by phone", Now);

        var item = run.Items[0];
        Assert.Equal([Cancel], item.EffectiveActions);
        Assert.Equal([Capture, ConfirmLedger], item.Proposed.Actions);
        Assert.Equal("customer cancelled by phone", item.Override!.Reason);
        Assert.Equal(ReconciliationItem.IdempotencyKeyFor(run.Id, "1", Cancel), item.Steps.Single().IdempotencyKey);
    }

    [Fact]
    public void Override_EmptyActions_SaysToExcludeInstead()
    {
        var error = Assert.Throws<DomainException>(() => Small().Override(Preparer, "1", [], "nothing", Now));

        Assert.Contains("exclude", error.Message);
    }

    [Fact]
    public void Override_GatewayWriteWithoutReference_IsRefused()
    {
        var transaction = Authorised("9");
        var noReference = transaction with { Transaction = transaction.Transaction with { GatewayReference = null } };
        var run = Classified(null, noReference);

        var error = Assert.Throws<DomainException>(() => run.Override(Preparer, "9", [Refund], "refund it", Now));

        Assert.Contains("no gateway reference", error.Message);
    }

    [Fact]
    public void Override_UnknownTransaction_IsRefused()
    {
        Assert.Throws<DomainException>(() => Small().Override(Preparer, "nope", [Cancel], "why", Now));
    }

    [Fact]
    public void PauseResume_WhileExecuting_Alternate()
    {
        var run = Small();
        run.Start(Preparer, run.Plan.Hash, Now);

        run.Pause(Preparer, Now);
        Assert.Equal(ReconciliationRunState.Paused, run.State);
        Assert.Null(run.NextItem());
        run.Resume(Preparer, Now);

        Assert.Equal(ReconciliationRunState.Executing, run.State);
        Assert.Equal("1", run.NextItem()!.TransactionId);
    }

    [Fact]
    public void Pause_ByAnOperator_ReasonNamesThemAndSaysResumeOrCancel()
    {
        var run = Small();
        run.Start(Preparer, run.Plan.Hash, Now);

        run.Pause(Preparer, Now);

        Assert.StartsWith($"Paused by {Preparer.DisplayName}", run.PauseReason);
        Assert.Contains("resume to go on, or cancel", run.PauseReason);
    }

    [Fact]
    public void Pause_OnAFault_ReasonCarriesTheFaultAndWhatToDo()
    {
        var run = Small();
        run.Start(Preparer, run.Plan.Hash, Now);

        run.Pause(Preparer, Now, "The gateway refused the API key: set PaymentGateway:ApiKey.");

        Assert.Contains("Paused automatically", run.PauseReason);
        Assert.Contains("set PaymentGateway:ApiKey.", run.PauseReason);
        Assert.Contains("Fix that, then resume", run.PauseReason);
        Assert.Equal(run.PauseReason, run.Events[^1].Description);
    }

    [Fact]
    public void Pause_OnAFaultWhileClassifying_SaysSoAndResumeClassifiesAgain()
    {
        var run = Found();

        run.Pause(Preparer, Now, "The gateway refused the API key (401): set PaymentGateway:ApiKey.");

        Assert.Equal(ReconciliationRunState.Paused, run.State);
        Assert.Contains("Paused automatically while classifying", run.PauseReason);
        Assert.Contains("nothing was changed", run.PauseReason);
        run.Resume(Preparer, Now);
        Assert.Equal(ReconciliationRunState.Found, run.State);
        Assert.Null(run.PauseReason);
    }

    [Fact]
    public void Pause_ByAnOperatorWhileClassifying_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => Found().Pause(Preparer, Now));

        Assert.Contains("found but not classified", error.Message);
    }

    [Fact]
    public void PauseUntilGatewayRecovers_WhileExecuting_ResumesByItselfAndSaysSo()
    {
        var run = Small();
        run.Start(Preparer, run.Plan.Hash, Now);

        run.PauseUntilGatewayRecovers(Preparer, Now, "The payment gateway failed too often (circuit breaker open).");

        Assert.True(run.ResumesByItself);
        Assert.Contains("with 2 transactions to go: The payment gateway failed too often", run.PauseReason);
        Assert.Contains("resumes by itself once the gateway answers again", run.PauseReason);
        run.Resume(Preparer, Now);
        Assert.Equal(ReconciliationRunState.Executing, run.State);
        Assert.False(run.ResumesByItself);
    }

    [Fact]
    public void ResumesByItself_AfterAnOperatorsPause_IsFalse()
    {
        var run = Small();
        run.Start(Preparer, run.Plan.Hash, Now);

        run.Pause(Preparer, Now);

        Assert.False(run.ResumesByItself);
    }

    [Fact]
    public void PauseReason_AfterResume_IsNull()
    {
        var run = Small();
        run.Start(Preparer, run.Plan.Hash, Now);
        run.Pause(Preparer, Now, "The ledger is read-only.");

        run.Resume(Preparer, Now);

        Assert.Null(run.PauseReason);
    }

    [Fact]
    public void Pause_BeforeExecution_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => Small().Pause(Preparer, Now));

        Assert.Contains("classified", error.Message);
    }

    [Fact]
    public void Outcomes_EveryActionableItemFinished_CompletesTheRun()
    {
        var run = Small();
        run.Start(Preparer, run.Plan.Hash, Now);

        run.RecordStepDone("1", Capture, Now);
        run.RecordStepDone("1", ConfirmLedger, Now);
        run.RecordOutcome("1", ItemOutcome.Done, "captured and confirmed", Now);
        Assert.Equal(ReconciliationRunState.Executing, run.State);
        run.RecordOutcome("2", ItemOutcome.SkippedChanged, "ledger state was pending, now captured", Now);

        Assert.Equal(ReconciliationRunState.Completed, run.State);
        Assert.Equal(new RunProgress(2, 1, 1, 0, 0), run.Progress);
        Assert.Equal(RunEventKind.Completed, run.Events[^1].Kind);
    }

    [Fact]
    public void RecordOutcome_DoneWithStepsLeft_IsRefused()
    {
        var run = Small();
        run.Start(Preparer, run.Plan.Hash, Now);
        run.RecordStepDone("1", Capture, Now);

        var error = Assert.Throws<DomainException>(() => run.RecordOutcome("1", ItemOutcome.Done, "done", Now));

        Assert.Contains("confirm_ledger", error.Message);
    }

    [Fact]
    public void RecordOutcome_SkipAfterAStepWasDone_IsRefused()
    {
        var run = Small();
        run.Start(Preparer, run.Plan.Hash, Now);
        run.RecordStepDone("1", Capture, Now);

        var error = Assert.Throws<DomainException>(() => run.RecordOutcome("1", ItemOutcome.SkippedChanged, "changed", Now));

        Assert.Contains("same idempotency keys", error.Message);
    }

    [Fact]
    public void RecordStepDone_OutOfOrder_IsRefused()
    {
        var run = Small();
        run.Start(Preparer, run.Plan.Hash, Now);

        Assert.Throws<DomainException>(() => run.RecordStepDone("1", ConfirmLedger, Now));
    }

    [Fact]
    public void RecordStepDone_Twice_IsIdempotentAndNextStepMovesOn()
    {
        var run = Small();
        run.Start(Preparer, run.Plan.Hash, Now);

        run.RecordStepDone("1", Capture, Now);
        run.RecordStepDone("1", Capture, Now.AddSeconds(5));

        var item = run.Items[0];
        Assert.Equal(Now, item.Steps[0].CompletedAt);
        Assert.Equal(ConfirmLedger, item.NextStep!.Action);
        Assert.True(item.HasStarted);
    }

    [Fact]
    public void RecordOutcome_BeforeExecution_IsRefused()
    {
        Assert.Throws<DomainException>(() => Small().RecordOutcome("1", ItemOutcome.Done, "done", Now));
    }

    [Fact]
    public void RecordOutcome_Twice_IsRefused()
    {
        var run = Small();
        run.Start(Preparer, run.Plan.Hash, Now);
        run.RecordOutcome("1", ItemOutcome.Escalated, "customer complained", Now);

        Assert.Throws<DomainException>(() => run.RecordOutcome("1", ItemOutcome.Failed, "again", Now));
    }

    [Fact]
    public void Cancel_WhileExecuting_KeepsRecordingInFlightOutcomesButStartsNothing()
    {
        var run = Small();
        run.Start(Preparer, run.Plan.Hash, Now);

        run.Cancel(Preparer, "gateway incident", Now);
        run.RecordStepDone("1", Capture, Now);

        Assert.Equal(ReconciliationRunState.Cancelled, run.State);
        Assert.Null(run.NextItem());
        Assert.Throws<DomainException>(() => run.Resume(Preparer, Now));
    }

    [Fact]
    public void Cancel_WithoutReason_IsRefused()
    {
        Assert.Throws<DomainException>(() => Small().Cancel(Preparer, " ", Now));
    }

    [Fact]
    public void Edit_WhileExecuting_IsRefused()
    {
        var run = Small();
        run.Start(Preparer, run.Plan.Hash, Now);

        var error = Assert.Throws<DomainException>(() => run.Exclude(Preparer, "1", null, Now));

        Assert.Contains("executing", error.Message);
    }

    [Fact]
    public void Start_PlanThatDoesNothing_IsRefused()
    {
        var run = Classified(null, Processing("1"));

        var error = Assert.Throws<DomainException>(() => run.Start(Preparer, run.Plan.Hash, Now));

        Assert.Contains("nothing to execute", error.Message);
    }

    [Fact]
    public void ChangeSince_SameSnapshots_IsNullAndAChangeIsNamed()
    {
        var item = Small().Items[0];

        Assert.Null(item.ChangeSince(item.Gateway, item.Ledger));
        var reason = item.ChangeSince(item.Gateway with { Status = GatewayStatus.Canceled }, item.Ledger with { State = LedgerState.Failed });

        Assert.Contains("gateway status was requires_capture, now canceled", reason);
        Assert.Contains("ledger state was authorized, now failed", reason);
    }

    [Fact]
    public void Events_EveryStep_IsRecordedInOrder()
    {
        var run = Small(approvalCount: 1);
        run.Override(Preparer, "2", [Escalate], "customer asked for a call", Now);
        run.Approve(SecondOperator, run.Plan.Hash, Now);
        run.Start(Preparer, run.Plan.Hash, Now);
        run.Pause(Preparer, Now);

        Assert.Equal(
            [RunEventKind.Created, RunEventKind.Classified, RunEventKind.Overridden, RunEventKind.Approved, RunEventKind.Started, RunEventKind.Paused],
            run.Events.Select(e => e.Kind));
        Assert.Equal([1, 2, 3, 4, 5, 6], run.Events.Select(e => e.Sequence));
    }
}
