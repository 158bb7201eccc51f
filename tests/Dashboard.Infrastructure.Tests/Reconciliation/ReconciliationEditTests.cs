using Dashboard.Application.Errors;
using Dashboard.Domain;
using Dashboard.Domain.Access;
using Dashboard.Domain.Reconciliation;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Tests.Reconciliation;

/// <summary>An operator excludes, includes and overrides single transactions of a classified run through the workflow, on the real database.</summary>
public class ReconciliationEditTests
{
    private static readonly ReconciliationActor ThirdOperator = new("carol", "Carol Operator", [Roles.ReconciliationOperator]);

    private static async Task<ReconciliationRun> ClassifiedRunAsync(ReconciliationUnderTest test)
    {
        var run = await test.Workflow.CreateAsync(ReconciliationUnderTest.Preparer, test.OutageAuthorisations, CancellationToken.None);
        await test.Executor().ClassifyIfFoundAsync(run.Id, CancellationToken.None);
        return await test.Workflow.GetAsync(run.Id, CancellationToken.None);
    }

    private static ReconciliationItem Capturing(ReconciliationRun run) => run.Items.First(i => i.EffectiveActions.Contains(ReconciliationAction.Capture));

    [Fact]
    public async Task ExcludeAsync_ClassifiedRun_LeavesTheTransactionOutChangesTheHashAndAuditsTheReason()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await ClassifiedRunAsync(test);
        var item = Capturing(run);

        var edited = await test.Workflow.ExcludeAsync(run.Id, item.TransactionId, ReconciliationUnderTest.Preparer, run.Plan.Hash, "customer paid by bank transfer", CancellationToken.None);

        var stored = await test.Workflow.GetAsync(run.Id, CancellationToken.None);
        var excluded = stored.Items.Single(i => i.TransactionId == item.TransactionId);
        Assert.True(excluded.Excluded);
        Assert.Equal("customer paid by bank transfer", excluded.ExclusionReason);
        Assert.Empty(excluded.EffectiveActions);
        Assert.NotEqual(run.Plan.Hash, stored.Plan.Hash);
        Assert.Equal(edited.Plan.Hash, stored.Plan.Hash);
        Assert.DoesNotContain(stored.Plan.Calls, c => c.TransactionId == item.TransactionId);
        await using var db = test.Database.Factory.CreateDbContext();
        var audit = await db.AuditEntries.SingleAsync(e => e.Action == "reconciliation.excluded");
        Assert.Equal(ReconciliationUnderTest.Preparer.UserId, audit.Actor);
        Assert.Contains("customer paid by bank transfer", audit.AfterJson);
    }

    [Fact]
    public async Task IncludeAsync_ExcludedTransaction_RestoresTheOriginalPlan()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await ClassifiedRunAsync(test);
        var item = Capturing(run);
        var excluded = await test.Workflow.ExcludeAsync(run.Id, item.TransactionId, ReconciliationUnderTest.Preparer, run.Plan.Hash, null, CancellationToken.None);

        var included = await test.Workflow.IncludeAsync(run.Id, item.TransactionId, ReconciliationUnderTest.Preparer, excluded.Plan.Hash, CancellationToken.None);

        Assert.False(included.Items.Single(i => i.TransactionId == item.TransactionId).Excluded);
        Assert.Equal(run.Plan.Hash, included.Plan.Hash);
    }

    [Fact]
    public async Task OverrideAsync_WithAReason_ReplacesTheActionsAndKeepsTheReason()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await ClassifiedRunAsync(test);
        var item = Capturing(run);

        var edited = await test.Workflow.OverrideAsync(run.Id, item.TransactionId, ThirdOperator, run.Plan.Hash, ["cancel"], "customer cancelled by phone", CancellationToken.None);

        var overridden = edited.Items.Single(i => i.TransactionId == item.TransactionId);
        Assert.Equal([ReconciliationAction.Cancel], overridden.EffectiveActions);
        Assert.Equal("customer cancelled by phone", overridden.Override?.Reason);
        Assert.Equal(ThirdOperator.UserId, overridden.Override?.ByUserId);
        Assert.Contains(edited.Plan.Calls, c => c.TransactionId == item.TransactionId && c.Action == ReconciliationAction.Cancel);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task OverrideAsync_WithoutAReason_RefusedNamingTheReasonAndTheRunIsUnchanged(string? reason)
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await ClassifiedRunAsync(test);
        var item = Capturing(run);

        var error = await Assert.ThrowsAsync<InputException>(() =>
            test.Workflow.OverrideAsync(run.Id, item.TransactionId, ReconciliationUnderTest.Preparer, run.Plan.Hash, ["cancel"], reason, CancellationToken.None));

        Assert.Equal("reason", error.Field);
        Assert.Contains("needs a reason", error.Message);
        var stored = await test.Workflow.GetAsync(run.Id, CancellationToken.None);
        Assert.Equal(run.Plan.Hash, stored.Plan.Hash);
        Assert.Null(stored.Items.Single(i => i.TransactionId == item.TransactionId).Override);
    }

    [Theory]
    [InlineData("void", "capture, cancel, refund")]
    [InlineData(null, "accepted values")]
    public async Task OverrideAsync_ActionOutsideTheVocabulary_RefusedListingTheActions(string? action, string expected)
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await ClassifiedRunAsync(test);

        var error = await Assert.ThrowsAsync<InputException>(() =>
            test.Workflow.OverrideAsync(run.Id, Capturing(run).TransactionId, ReconciliationUnderTest.Preparer, run.Plan.Hash, [action], "wrong", CancellationToken.None));

        Assert.Equal("actions", error.Field);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public async Task ExcludeAsync_PlanChangedSinceTheOperatorLooked_RefusedAsAConflict()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await ClassifiedRunAsync(test);
        var first = run.Items.Where(i => i.IsActionable).ElementAt(0);
        var second = run.Items.Where(i => i.IsActionable).ElementAt(1);
        await test.Workflow.ExcludeAsync(run.Id, first.TransactionId, ThirdOperator, run.Plan.Hash, null, CancellationToken.None);

        var error = await Assert.ThrowsAsync<ConflictException>(() =>
            test.Workflow.ExcludeAsync(run.Id, second.TransactionId, ReconciliationUnderTest.Preparer, run.Plan.Hash, null, CancellationToken.None));

        Assert.Contains("reload the run", error.Message);
        Assert.False((await test.Workflow.GetAsync(run.Id, CancellationToken.None)).Items.Single(i => i.TransactionId == second.TransactionId).Excluded);
    }

    [Fact]
    public async Task ExcludeAsync_AfterApproval_VoidsItSoTheOldPlanCannotBeExecuted()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await ClassifiedRunAsync(test);
        var approved = await test.Workflow.ApproveAsync(run.Id, ReconciliationUnderTest.SecondOperator, run.Plan.Hash, CancellationToken.None);

        var edited = await test.Workflow.ExcludeAsync(run.Id, Capturing(run).TransactionId, ReconciliationUnderTest.Preparer, approved.Plan.Hash, null, CancellationToken.None);

        Assert.Equal(ReconciliationRunState.Classified, edited.State);
        Assert.Null(edited.Approval);
        await Assert.ThrowsAsync<DomainException>(() => test.Workflow.ExecuteAsync(run.Id, ReconciliationUnderTest.Preparer, approved.Plan.Hash, CancellationToken.None));
        await Assert.ThrowsAsync<DomainException>(() => test.Workflow.ExecuteAsync(run.Id, ReconciliationUnderTest.Preparer, edited.Plan.Hash, CancellationToken.None));
    }

    [Fact]
    public async Task ApproveAsync_ByWhoeverOverrode_RefusedAsFourEyes()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await ClassifiedRunAsync(test);
        var edited = await test.Workflow.OverrideAsync(run.Id, Capturing(run).TransactionId, ThirdOperator, run.Plan.Hash, ["cancel"], "customer cancelled", CancellationToken.None);

        var error = await Assert.ThrowsAsync<DomainException>(() => test.Workflow.ApproveAsync(run.Id, ThirdOperator, edited.Plan.Hash, CancellationToken.None));

        Assert.Contains("overrode actions", error.Message);
        Assert.Null((await test.Workflow.GetAsync(run.Id, CancellationToken.None)).Approval);
    }

    [Fact]
    public async Task ExcludeAsync_WhileExecuting_RefusedAndNothingChanges()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await test.ExecutingRunAsync(test.OutageAuthorisations);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            test.Workflow.ExcludeAsync(run.Id, Capturing(run).TransactionId, ReconciliationUnderTest.Preparer, run.Plan.Hash, null, CancellationToken.None));

        Assert.Contains("executing", error.Message);
        Assert.Equal(ReconciliationRunState.Executing, (await test.Workflow.GetAsync(run.Id, CancellationToken.None)).State);
    }
}
