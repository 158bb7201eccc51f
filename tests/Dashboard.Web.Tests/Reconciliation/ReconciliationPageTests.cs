using System.Globalization;
using Bunit.TestDoubles;
using Dashboard.Application.Live;
using Dashboard.Application.Reconciliation;
using Dashboard.Domain.Access;
using Dashboard.Domain.Reconciliation;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Infrastructure.Persistence.Audit;
using Dashboard.Infrastructure.Persistence.Repositories;
using Dashboard.Web.Model;
using Dashboard.Web.Security;
using Dashboard.Web.Tests.Proposals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Web.Tests.Reconciliation;

/// <summary>The reconciliation page over a migrated database with the real workflow and view model.</summary>
public class ReconciliationPageTests : DashboardTestContext, IAsyncLifetime
{
    private static readonly ReconciliationActor Preparer = new("recon", "Rita Reconciliation", [Roles.ReconciliationOperator]);
    private readonly BunitAuthorizationContext _auth;
    private ProposalTestWorld? _world;
    private ReconciliationWorkflow? _workflow;

    public ReconciliationPageTests()
    {
        Services.AddSingleton(_ => _workflow!);
        Services.AddSingleton<RunProgressTracker>();
        Services.AddSingleton<ILiveFeed>(Feed);
        Services.AddTransient<ReconciliationViewModel>();
        _auth = AddAuthorization();
        Services.AddAuthorizationCore(Policies.Add);
        Services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
        Services.AddSingleton<IAuthorizationPolicyProvider, DefaultAuthorizationPolicyProvider>();
    }

    private ChannelLiveFeed Feed { get; } = new();

    // Stands still, so the pace a live update shows is exact.
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    async Task IAsyncLifetime.InitializeAsync()
    {
        _world = await ProposalTestWorld.SeededAsync();
        var units = new EfUnitOfWorkFactory(_world, new AuditWriter(ProposalTestWorld.TestAuditKey));
        _workflow = new ReconciliationWorkflow(units, new ReconciliationRunQueries(_world), new FixedCountLedger(30), new ReconciliationPolicy(), Feed, _clock);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Feed.Dispose();
        _world?.Dispose();
    }

    private void SignIn(string userName, string role)
    {
        _auth.SetAuthorized(userName);
        _auth.SetRoles(role);
    }

    /// <summary>A run of 30 authorised payments, classified against the gateway and saved as the executor saves it.</summary>
    private Task<ReconciliationRun> ClassifiedRunAsync() => SavedRunAsync(_ => { });

    private async Task<ReconciliationRun> SavedRunAsync(Action<ReconciliationRun> then)
    {
        var now = DateTimeOffset.UtcNow;
        var run = new ReconciliationRun(Preparer, ReconciliationCriteria.Create([LedgerState.Authorized]), 30, new ReconciliationPolicy(), now);
        var table = DecisionTable.Standard();
        var transactions = Enumerable.Range(1, 30).Select(i =>
        {
            var id = i.ToString(CultureInfo.InvariantCulture);
            var ledger = new LedgerTransaction(id, $"ord-{id}", $"ord-{id}", $"pi_{id}", $"billing-{id}", 2500, "eur", LedgerState.Authorized,
                OrderState.AwaitingPayment, false, now.AddHours(-2), now.AddHours(-2), "1", []);
            var gateway = new GatewaySnapshot(GatewayStatus.RequiresCapture, 2500, 0, 0, 0, false, "eur", now.AddDays(5));
            return new ClassifiedTransaction(ledger, gateway, table.Classify(gateway, ledger.ToSnapshot(), now));
        }).ToList();
        run.Classify(Preparer, transactions, now);
        then(run);
        await SaveAsync(run);
        return run;
    }

    /// <summary>A run just found, not classified yet, as the executor finds it when it starts reading from the gateway.</summary>
    private async Task<ReconciliationRun> FoundRunAsync(Action<ReconciliationRun> then)
    {
        var run = new ReconciliationRun(Preparer, ReconciliationCriteria.Create([LedgerState.Authorized]), 30, new ReconciliationPolicy(), DateTimeOffset.UtcNow);
        then(run);
        await SaveAsync(run);
        return run;
    }

    private async Task SaveAsync(ReconciliationRun run)
    {
        await using var unit = await new EfUnitOfWorkFactory(_world!, new AuditWriter(ProposalTestWorld.TestAuditKey)).BeginAsync(CancellationToken.None);
        unit.ReconciliationRuns.Add(run);
        await unit.SaveAsync(CancellationToken.None);
    }

    /// <summary>The page with the only run opened, once its header shows.</summary>
    private IRenderedComponent<Components.Pages.Reconciliation> OpenOnlyRun()
    {
        var page = Render<Components.Pages.Reconciliation>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=runs] tbody tr")));
        page.Find("[data-testid=runs] tbody tr button").Click();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=recon-run]")));
        return page;
    }

    [Fact]
    public void Find_BadCurrency_ShowsTheMessageInPlaceAndKeepsTheInput()
    {
        SignIn("recon", Roles.ReconciliationOperator);
        var page = RenderWithProviders<Components.Pages.Reconciliation>();

        page.Find("input[data-testid=currency]").Change("euro");
        page.Find("[data-testid=find]").Click();

        page.WaitForAssertion(() => Assert.Contains("three-letter ISO 4217 code", page.Find("[data-testid=recon-criteria]").TextContent));
        Assert.Equal("euro", page.Find("input[data-testid=currency]").GetAttribute("value"));
        Assert.Empty(page.FindAll("[data-testid=recon-run]"));
    }

    [Fact]
    public async Task OpenRun_ClassifiedAboveTheThreshold_ShowsCountsTotalsAndWhoMustApprove()
    {
        var run = await ClassifiedRunAsync();
        SignIn("recon", Roles.ReconciliationOperator);
        var page = RenderWithProviders<Components.Pages.Reconciliation>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=runs] tbody tr")));
        page.Find("[data-testid=runs] tbody tr button").Click();

        page.WaitForAssertion(() => Assert.Contains("capture", page.Find("[data-testid=action-counts]").TextContent));
        Assert.Contains(": 30", page.Find("[data-testid=action-counts]").TextContent);
        Assert.Contains("eur", page.Find("[data-testid=totals]").TextContent);
        Assert.Contains("other than Rita Reconciliation", page.Find("[data-testid=approval-rule]").TextContent);
        Assert.Contains(run.Plan.Hash[..12], page.Find("[data-testid=plan-hash]").TextContent);
        // The preparer cannot approve their own run, so the button is not offered to them.
        Assert.Empty(page.FindAll("[data-testid=approve]"));
    }

    [Fact]
    public async Task Approve_BySecondPerson_RecordsTheApprovalOnThePage()
    {
        await ClassifiedRunAsync();
        SignIn("approver", Roles.Approver);
        var page = RenderWithProviders<Components.Pages.Reconciliation>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=runs] tbody tr")));
        page.Find("[data-testid=runs] tbody tr button").Click();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=approve]")));
        page.Find("[data-testid=approve]").Click();

        page.WaitForAssertion(() => Assert.Contains("Approved by approver", page.Find("[data-testid=approval]").TextContent));
        Assert.Equal("Approved", page.Find("[data-testid=run-state]").TextContent.Trim());
    }

    [Fact]
    public void Dispose_LeavingThePage_EndsItsLiveSubscription()
    {
        SignIn("recon", Roles.ReconciliationOperator);
        var page = RenderWithProviders<Components.Pages.Reconciliation>();
        page.WaitForAssertion(() => Assert.Equal(1, Feed.SubscriberCount));

        page.Instance.Dispose();

        Assert.Equal(0, Feed.SubscriberCount);
    }

    /// <summary>The page with the popover provider kept, so a row's menu items can be clicked; the run opened.</summary>
    private (IRenderedComponent<Components.Pages.Reconciliation> Page, IRenderedComponent<MudBlazor.MudPopoverProvider> Popovers) OpenFirstRun()
    {
        var popovers = Render<MudBlazor.MudPopoverProvider>();
        var page = Render<Components.Pages.Reconciliation>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=runs] tbody tr")));
        page.Find("[data-testid=runs] tbody tr button").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=items] tbody tr")));
        return (page, popovers);
    }

    private static void Choose(IRenderedComponent<Components.Pages.Reconciliation> page, IRenderedComponent<MudBlazor.MudPopoverProvider> popovers, string transactionId, string edit)
    {
        page.Find($"[data-testid=item-{transactionId}] [data-testid=item-menu] button").Click();
        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll($"[data-testid={edit}]")));
        popovers.Find($"[data-testid={edit}]").Click();
    }

    [Fact]
    public async Task Exclude_OneRowWithAReason_GroupCountsAndAmountsFollowAndTheRowSaysWhy()
    {
        var run = await ClassifiedRunAsync();
        SignIn("recon", Roles.ReconciliationOperator);
        var (page, popovers) = OpenFirstRun();
        Assert.Contains("capture + confirm_ledger: 30 (eur 75000)", page.Find("[data-testid=action-counts]").TextContent);

        Choose(page, popovers, "3", "exclude");
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=item-editor]")));
        page.Find("[data-testid=edit-reason] textarea, textarea[data-testid=edit-reason]").Input("paid by bank transfer");
        page.Find("[data-testid=edit-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("capture + confirm_ledger: 29 (eur 72500)", page.Find("[data-testid=action-counts]").TextContent));
        Assert.Contains("excluded: 1 (eur 2500)", page.Find("[data-testid=action-counts]").TextContent);
        Assert.Contains("Excluded: paid by bank transfer", page.Find("[data-testid=item-3] [data-testid=item-why]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=item-editor]"));
        var stored = await _workflow!.GetAsync(run.Id, CancellationToken.None);
        Assert.True(stored.Items.Single(i => i.TransactionId == "3").Excluded);
        Assert.Contains(stored.Plan.Hash[..12], page.Find("[data-testid=plan-hash]").TextContent);
    }

    [Fact]
    public async Task Override_WithoutAReason_SaysSoInPlaceKeepsTheChoiceThenSavesWithOne()
    {
        var run = await ClassifiedRunAsync();
        SignIn("recon", Roles.ReconciliationOperator);
        var (page, popovers) = OpenFirstRun();

        Choose(page, popovers, "5", "override");
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=item-editor]")));
        page.Find("[data-testid=override-action-capture] input, input[data-testid=override-action-capture]").Change(false);
        page.Find("[data-testid=override-action-confirm_ledger] input, input[data-testid=override-action-confirm_ledger]").Change(false);
        page.Find("[data-testid=override-action-cancel] input, input[data-testid=override-action-cancel]").Change(true);
        page.Find("[data-testid=edit-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("needs a reason", page.Find("[data-testid=item-editor]").TextContent));
        Assert.Equal([ReconciliationAction.Cancel], page.Instance.Model.EditActions);
        Assert.Null((await _workflow!.GetAsync(run.Id, CancellationToken.None)).Items.Single(i => i.TransactionId == "5").Override);

        page.Find("[data-testid=edit-reason] textarea, textarea[data-testid=edit-reason]").Input("customer cancelled by phone");
        page.Find("[data-testid=edit-save]").Click();

        page.WaitForAssertion(() => Assert.Equal("cancel", page.Find("[data-testid=item-5] [data-testid=item-actions]").TextContent.Trim()));
        Assert.Contains("customer cancelled by phone", page.Find("[data-testid=item-5] [data-testid=item-why]").TextContent);
        Assert.Contains("cancel: 1 (eur 2500)", page.Find("[data-testid=action-counts]").TextContent);
    }

    [Fact]
    public async Task OpenRun_AsAnApprover_OffersNoEditMenu()
    {
        await ClassifiedRunAsync();
        SignIn("approver", Roles.Approver);

        var (page, _) = OpenFirstRun();

        Assert.Empty(page.FindAll("[data-testid=item-menu]"));
    }

    [Fact]
    public async Task OpenRun_PausedOnAFault_ShowsWhyAndWhatToDo()
    {
        var approver = new ReconciliationActor("approver", "Adam Approver", [Roles.Approver]);
        await SavedRunAsync(run =>
        {
            run.Approve(approver, run.Plan.Hash, DateTimeOffset.UtcNow);
            run.Start(Preparer, run.Plan.Hash, DateTimeOffset.UtcNow);
            run.Pause(Preparer, DateTimeOffset.UtcNow, "The gateway refused the API key: check PaymentGateway:ApiKey.");
        });
        SignIn("recon", Roles.ReconciliationOperator);

        var (page, _) = OpenFirstRun();

        var banner = page.Find("[data-testid=pause-reason]").TextContent;
        Assert.Contains("refused the API key", banner);
        Assert.Contains("Fix that, then resume", banner);
        Assert.Single(page.FindAll("[data-testid=resume]"));
    }

    [Fact]
    public async Task OpenRun_PausedUntilTheGatewayRecovers_SaysItResumesByItself()
    {
        var approver = new ReconciliationActor("approver", "Adam Approver", [Roles.Approver]);
        await SavedRunAsync(run =>
        {
            run.Approve(approver, run.Plan.Hash, DateTimeOffset.UtcNow);
            run.Start(Preparer, run.Plan.Hash, DateTimeOffset.UtcNow);
            run.PauseUntilGatewayRecovers(Preparer, DateTimeOffset.UtcNow, "The payment gateway failed too often (circuit breaker open).");
        });
        SignIn("recon", Roles.ReconciliationOperator);

        var (page, _) = OpenFirstRun();

        var banner = page.Find("[data-testid=pause-reason]");
        Assert.Contains("circuit breaker open", banner.TextContent);
        Assert.Contains("resumes by itself once the gateway answers again", banner.TextContent);
        Assert.Contains("info", banner.ClassName);
        Assert.Single(page.FindAll("[data-testid=resume]"));
    }

    [Fact]
    public async Task OpenRun_BreakerOpenedWhileClassifying_SaysWhyThatItResumesByItselfAndOffersResume()
    {
        await FoundRunAsync(run => run.PauseUntilGatewayRecovers(Preparer, DateTimeOffset.UtcNow,
            "The payment gateway failed too often (circuit breaker open)."));
        SignIn("recon", Roles.ReconciliationOperator);

        var page = OpenOnlyRun();

        var banner = page.Find("[data-testid=pause-reason]");
        Assert.Contains("while classifying", banner.TextContent);
        Assert.Contains("circuit breaker open", banner.TextContent);
        Assert.Contains("resumes by itself once the gateway answers again", banner.TextContent);
        Assert.Contains("nothing was changed", banner.TextContent);
        Assert.Contains("info", banner.ClassName);
        Assert.Single(page.FindAll("[data-testid=resume]"));
        Assert.Single(page.FindAll("[data-testid=cancel]"));
        Assert.Equal("Found & classified", page.Find("[data-testid=step].mud-chip-filled").TextContent.Trim());
    }

    [Fact]
    public async Task OpenRun_KeyRefusedWhileClassifying_SaysWhatToFixAndThatAnOperatorResumes()
    {
        await FoundRunAsync(run => run.Pause(Preparer, DateTimeOffset.UtcNow,
            "The payment gateway refused the API key (401 Unauthorized): check PaymentGateway:ApiKey."));
        SignIn("recon", Roles.ReconciliationOperator);

        var page = OpenOnlyRun();

        var banner = page.Find("[data-testid=pause-reason]");
        Assert.Contains("while classifying", banner.TextContent);
        Assert.Contains("401 Unauthorized", banner.TextContent);
        Assert.Contains("Fix that, then resume", banner.TextContent);
        Assert.DoesNotContain("resumes by itself", banner.TextContent);
        Assert.Contains("warning", banner.ClassName);
        Assert.Single(page.FindAll("[data-testid=resume]"));
    }

    [Fact]
    public async Task LiveUpdate_GatewayPausesTheRunBeingClassified_ProgressGivesWayToTheBanner()
    {
        var run = await FoundRunAsync(_ => { });
        SignIn("recon", Roles.ReconciliationOperator);
        var page = OpenOnlyRun();
        Assert.Contains("Reading each transaction", page.Find("[data-testid=classifying]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=pause-reason]"));

        // The executor's classification meets an open breaker: it pauses the run and announces it on the live feed.
        await using (var unit = await new EfUnitOfWorkFactory(_world!, new AuditWriter(ProposalTestWorld.TestAuditKey)).BeginAsync(CancellationToken.None))
        {
            var stored = await unit.ReconciliationRuns.FindAsync(run.Id, CancellationToken.None);
            stored!.PauseUntilGatewayRecovers(Preparer, DateTimeOffset.UtcNow, "The payment gateway failed too often (circuit breaker open).");
            await unit.SaveAsync(CancellationToken.None);
        }
        Feed.Publish(new FeedEvent(FeedTopic.Reconciliation, run.Id.ToString(), DateTimeOffset.UtcNow));

        page.WaitForAssertion(() => Assert.Contains("circuit breaker open", page.Find("[data-testid=pause-reason]").TextContent), TimeSpan.FromSeconds(5));
        Assert.Contains("paused", page.Find("[data-testid=classifying]").TextContent);
        Assert.Equal("Paused", page.Find("[data-testid=run-state]").TextContent.Trim());
    }

    [Fact]
    public async Task LiveUpdate_TransactionsFinishWhileExecuting_CountsPaceAndRowOutcomesFollow()
    {
        var started = _clock.GetUtcNow().AddSeconds(-20);
        var approver = new ReconciliationActor("approver", "Adam Approver", [Roles.Approver]);
        var run = await SavedRunAsync(r =>
        {
            r.Approve(approver, r.Plan.Hash, started);
            r.Start(Preparer, r.Plan.Hash, started);
        });
        SignIn("recon", Roles.ReconciliationOperator);
        var page = OpenOnlyRun();
        Assert.Contains("0 of 30", page.Find("[data-testid=progress]").TextContent);
        Assert.Equal("Measuring the pace…", page.Find("[data-testid=pace]").TextContent.Trim());

        // The executor captures ten of them over the twenty seconds and announces it on the live feed.
        await using (var unit = await new EfUnitOfWorkFactory(_world!, new AuditWriter(ProposalTestWorld.TestAuditKey)).BeginAsync(CancellationToken.None))
        {
            var stored = await unit.ReconciliationRuns.FindAsync(run.Id, CancellationToken.None);
            foreach (var item in stored!.Items.Take(10).ToList())
            {
                var at = started.AddSeconds(1 + item.Position % 10);
                foreach (var step in item.Steps.ToList()) stored.RecordStepDone(item.TransactionId, step.Action, at);
                stored.RecordOutcome(item.TransactionId, ItemOutcome.Done, "captured", at);
            }
            await unit.SaveAsync(CancellationToken.None);
        }
        Feed.Publish(new FeedEvent(FeedTopic.Reconciliation, run.Id.ToString(), DateTimeOffset.UtcNow));

        page.WaitForAssertion(() => Assert.Contains("10 of 30: 10 done", page.Find("[data-testid=progress]").TextContent), TimeSpan.FromSeconds(5));
        Assert.Equal("0.5 transactions a second over the last minute; about 40 s left.", page.Find("[data-testid=pace]").TextContent.Trim());
        Assert.Contains("Done: captured", page.Find("[data-testid=item-1]").TextContent);
        Assert.DoesNotContain("Done", page.Find("[data-testid=item-11]").TextContent);
        Assert.Equal("Executing", page.Find("[data-testid=run-state]").TextContent.Trim());
    }

    [Fact]
    public void Open_FromAnIncidentsWindow_FillsTheWindowAndFindsWithinIt()
    {
        SignIn("recon", Roles.ReconciliationOperator);
        var incident = Guid.NewGuid();
        Services.GetRequiredService<NavigationManager>().NavigateTo(
            $"reconciliation?incident={incident}&from=2026-11-30T14%3A02%3A07.0000000Z&to=2026-11-30T14%3A31%3A00.0000000Z");

        var page = RenderWithProviders<Components.Pages.Reconciliation>();

        var note = page.Find("[data-testid=window-from-incident]").TextContent;
        Assert.Contains("from 2026-11-30 14:02:07 UTC to 2026-11-30 14:31:00 UTC", note, StringComparison.Ordinal);
        Assert.Equal($"incidents/{incident}", page.Find("[data-testid=window-from-incident] a").GetAttribute("href"));
        Assert.Equal("14:02:07", page.Find("input[data-testid=from-time]").GetAttribute("value"));
        page.Find("[data-testid=find]").Click();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=recon-run]")));
        var criteria = page.Find("[data-testid=runs] tbody tr").TextContent;
        Assert.Contains("attempted from 2026-11-30T14:02:07", criteria, StringComparison.Ordinal);
        Assert.Contains("attempted before 2026-11-30T14:31:00", criteria, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_WithALinkTimeThatIsNotATime_SaysSoUnderTheFieldAndFillsNothing()
    {
        SignIn("recon", Roles.ReconciliationOperator);
        Services.GetRequiredService<NavigationManager>().NavigateTo("reconciliation?from=yesterday-ish");

        var page = RenderWithProviders<Components.Pages.Reconciliation>();

        Assert.Contains("The link's 'from' (yesterday-ish) is not a time", page.Find("[data-testid=recon-criteria]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=window-from-incident]"));
        Assert.Equal("", page.Find("input[data-testid=from-time]").GetAttribute("value") ?? "");
    }
}
