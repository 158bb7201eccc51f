using Dashboard.Application.Errors;
using Dashboard.Domain;
using Dashboard.Domain.Reconciliation;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Tests.Reconciliation;

/// <summary>The reconciliation workflow and its executor on the real database, demo ledger and Stripe sandbox on loopback.</summary>
public class ReconciliationWorkflowTests
{
    [Fact]
    public async Task CreateAsync_CriteriaMatchingNothing_RefusedNamingTheCriteria()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var nothing = ReconciliationCriteria.Create(minAmount: ReconciliationCriteria.MaxAmount);

        var error = await Assert.ThrowsAsync<InputException>(() => test.Workflow.CreateAsync(ReconciliationUnderTest.Preparer, nothing, CancellationToken.None));

        Assert.Equal("criteria", error.Field);
        Assert.Contains("widen the criteria", error.Message);
        Assert.Empty(await test.Workflow.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ClassifyIfFoundAsync_OutageAuthorisations_GroupsThemByTheDecisionTableAndSavesTheRun()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await test.Workflow.CreateAsync(ReconciliationUnderTest.Preparer, test.OutageAuthorisations, CancellationToken.None);

        await test.Executor().ClassifyIfFoundAsync(run.Id, CancellationToken.None);

        var classified = await test.Workflow.GetAsync(run.Id, CancellationToken.None);
        Assert.Equal(ReconciliationRunState.Classified, classified.State);
        Assert.Equal(run.FoundCount, classified.Items.Count);
        Assert.Contains(classified.Items, i => i.Proposed.Actions.Contains(ReconciliationAction.Capture));
        Assert.All(classified.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Proposed.Rule)));
        Assert.True(classified.RequiresApproval);
    }

    [Fact]
    public async Task ApproveAsync_ByThePreparer_RefusedAndTheRunStaysUnapproved()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await test.Workflow.CreateAsync(ReconciliationUnderTest.Preparer, test.OutageAuthorisations, CancellationToken.None);
        await test.Executor().ClassifyIfFoundAsync(run.Id, CancellationToken.None);
        var hash = (await test.Workflow.GetAsync(run.Id, CancellationToken.None)).Plan.Hash;

        var selfApproval = await Assert.ThrowsAsync<DomainException>(() => test.Workflow.ApproveAsync(run.Id, ReconciliationUnderTest.Preparer, hash, CancellationToken.None));
        var unapproved = await Assert.ThrowsAsync<DomainException>(() => test.Workflow.ExecuteAsync(run.Id, ReconciliationUnderTest.Preparer, hash, CancellationToken.None));

        Assert.Contains("cannot approve", selfApproval.Message);
        Assert.Contains("second person", unapproved.Message);
        var stored = await test.Workflow.GetAsync(run.Id, CancellationToken.None);
        Assert.Equal(ReconciliationRunState.Classified, stored.State);
        Assert.Null(stored.Approval);
    }

    [Fact]
    public async Task ProcessAsync_ApprovedRun_CompletesEveryTransactionOnceAndAuditsIt()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await test.ExecutingRunAsync(test.OutageAuthorisations);

        await test.Executor().ProcessAsync(run.Id, "instance-a", CancellationToken.None);

        var done = await test.Workflow.GetAsync(run.Id, CancellationToken.None);
        Assert.Equal(ReconciliationRunState.Completed, done.State);
        Assert.Equal(0, done.Progress.Remaining);
        Assert.True(done.Progress.Done > 0);
        Assert.DoesNotContain(await test.EffectsAsync(), e => e.Count > 1);
        var captured = done.Items.First(i => i.Steps.Any(s => s.Action == ReconciliationAction.Capture) && i.Resolution!.Outcome == ItemOutcome.Done);
        Assert.Equal(LedgerState.Captured, (await test.Ledger.GetAsync(captured.TransactionId))!.State);
        await using var db = test.Database.Factory.CreateDbContext();
        var audited = await db.AuditEntries.CountAsync(e => e.Subject.StartsWith($"reconciliation/{run.Id}/"));
        Assert.Equal(done.Progress.Total, audited);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ExecuteNextAsync_AfterACrashAroundTheGatewayCall_ResumesWithTheSameKeyAndActsOnce(bool crashAfterCall)
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await test.ExecutingRunAsync(test.OutageAuthorisations);
        var crashing = new CrashingGateway(test.Gateway.Gateway, crashAfterCall);

        await Assert.ThrowsAsync<SimulatedCrashException>(async () =>
        {
            while (await test.Executor(crashing).ExecuteNextAsync(run.Id, CancellationToken.None)) { }
        });
        var afterCrash = await test.Workflow.GetAsync(run.Id, CancellationToken.None);
        var crashed = afterCrash.Items.Single(i => i.GatewayReference == crashing.CrashedOn);
        Assert.Null(crashed.Resolution);
        Assert.Contains(crashed.Steps, s => s.IsClaimed && !s.IsDone);

        // The restarted dashboard: a new executor with the real gateway.
        await test.Executor().ExecuteNextAsync(run.Id, CancellationToken.None);

        var resumed = (await test.Workflow.GetAsync(run.Id, CancellationToken.None)).Items.Single(i => i.TransactionId == crashed.TransactionId);
        Assert.Equal(ItemOutcome.Done, resumed.Resolution?.Outcome);
        var effects = (await test.EffectsAsync()).Where(e => e.Intent == crashing.CrashedOn).ToList();
        Assert.Single(effects);
        Assert.Equal(1, effects[0].Count);
        var stats = await test.Gateway.StatsAsync();
        Assert.Equal(crashAfterCall ? 1 : 0, stats.GetProperty("idempotent_replays").GetInt64());
    }

    [Fact]
    public async Task ProcessAsync_AnotherInstanceHoldsTheLease_DoesNothing()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await test.ExecutingRunAsync(test.OutageAuthorisations);
        Assert.True(await test.Leases.TryAcquireAsync(Dashboard.Application.Reconciliation.ReconciliationExecutor.LeaseName(run.Id), "instance-b", TimeSpan.FromMinutes(1), CancellationToken.None));

        await test.Executor().ProcessAsync(run.Id, "instance-a", CancellationToken.None);

        var untouched = await test.Workflow.GetAsync(run.Id, CancellationToken.None);
        Assert.Equal(ReconciliationRunState.Executing, untouched.State);
        Assert.All(untouched.Items, i => Assert.Null(i.Resolution));
        Assert.Empty(await test.EffectsAsync());
    }

    [Fact]
    public async Task CancelAsync_MidRun_StopsTheExecutorAndLeavesTheRestUntouched()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await test.ExecutingRunAsync(test.OutageAuthorisations);
        var executor = test.Executor();
        await executor.ExecuteNextAsync(run.Id, CancellationToken.None);
        await executor.ExecuteNextAsync(run.Id, CancellationToken.None);

        await test.Workflow.CancelAsync(run.Id, ReconciliationUnderTest.Preparer, "gateway incident, retry tomorrow", CancellationToken.None);
        await executor.ProcessAsync(run.Id, "instance-a", CancellationToken.None);

        var cancelled = await test.Workflow.GetAsync(run.Id, CancellationToken.None);
        Assert.Equal(ReconciliationRunState.Cancelled, cancelled.State);
        Assert.Equal(2, cancelled.Items.Count(i => i.Resolution is not null));
    }

    [Fact]
    public async Task CancelAsync_WithoutAReason_RefusedNamingTheField()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await test.Workflow.CreateAsync(ReconciliationUnderTest.Preparer, test.OutageAuthorisations, CancellationToken.None);

        var error = await Assert.ThrowsAsync<InputException>(() => test.Workflow.CancelAsync(run.Id, ReconciliationUnderTest.Preparer, " ", CancellationToken.None));

        Assert.Equal("reason", error.Field);
        Assert.Equal(ReconciliationRunState.Found, (await test.Workflow.GetAsync(run.Id, CancellationToken.None)).State);
    }
}
