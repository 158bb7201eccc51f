using Dashboard.Domain.Access;
using Dashboard.Domain.Proposals;
using Dashboard.Web.Components.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Proposals;

/// <summary>The proposal page while applied to staging: soaking with the time left, the soak's verdict, or the checklist when staging has no health data.</summary>
public sealed class StagingEvidencePageTests : ProposalPageTestBase
{
    private IRenderedComponent<MudBlazor.MudDialogProvider> _dialogs = null!;

    [Fact]
    public async Task StagingEvidence_SoakRunning_ShowsTheTimeLeftAndHoldsVerify()
    {
        var applied = await AppliedWithHealthBeforeAsync();
        World.RecordStagingHealth(minutes: 4, requests: 100, serverErrors: 0);

        var page = Open(applied.Id);

        var evidence = page.Find("[data-testid=staging-evidence]");
        Assert.Equal("soaking", evidence.GetAttribute("data-kind"));
        Assert.Equal("Soaking: 6 min left", page.Find("[data-testid=soak-left]").TextContent);
        Assert.True(page.Find("[data-testid=action-VerifyStaging]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task VerifyStaging_SoakFailed_RecordsTheFailureNamingTheServiceWithoutAChecklist()
    {
        var applied = await AppliedWithHealthBeforeAsync();
        World.RecordStagingHealth(minutes: 10, requests: 100, serverErrors: 25);
        var page = Open(applied.Id);
        Assert.Equal("judged", page.Find("[data-testid=staging-evidence]").GetAttribute("data-kind"));

        page.Find("[data-testid=action-VerifyStaging]").Click();

        page.WaitForAssertion(() => Assert.Contains("failed on health evidence", page.Find("[data-testid=staging-verification]").TextContent));
        Assert.Contains("billing-api: 5xx rate 25 %", page.Find("[data-testid=staging-verification]").TextContent);
        Assert.Empty(_dialogs.FindAll("[data-testid=checklist-dialog]"));
        var stored = await World.StoredAsync(applied.Id);
        Assert.Equal(ProposalState.AppliedToStaging, stored.State);
        Assert.Equal(StagingSoakVerdict.SoakMethod, stored.StagingVerification!.Method);
    }

    [Fact]
    public async Task StagingEvidence_NoHealthData_SaysTheChecklistIsRequired()
    {
        var proposal = await World.ProposeAsync();
        await World.Service.ApplyToStagingAsync(proposal.Id, ProposalTestWorld.Engineer, CancellationToken.None);

        var page = Open(proposal.Id);

        var evidence = page.Find("[data-testid=staging-evidence]");
        Assert.Equal("checklist", evidence.GetAttribute("data-kind"));
        Assert.Contains("No health data for billing-api in staging — checklist required.", evidence.TextContent);
    }

    /// <summary>Ten healthy staging minutes of billing-api, then the proposal applied to staging at the health clock's time.</summary>
    private async Task<Proposal> AppliedWithHealthBeforeAsync()
    {
        var proposal = await World.ProposeAsync();
        var applied = await World.Service.ApplyToStagingAsync(proposal.Id, ProposalTestWorld.Engineer, CancellationToken.None);
        World.HealthClock.SetUtcNow(applied.StagingApply!.At.AddMinutes(-10));
        World.RecordStagingHealth(minutes: 10, requests: 100, serverErrors: 0);
        return applied;
    }

    private IRenderedComponent<ProposalDetail> Open(Guid id)
    {
        Services.AddSingleton<TimeProvider>(World.HealthClock);
        SignIn("engineer", Roles.Engineer);
        _dialogs = Render<MudBlazor.MudDialogProvider>();
        Render<MudBlazor.MudSnackbarProvider>();
        Render<MudBlazor.MudPopoverProvider>();
        var page = Render<ProposalDetail>(parameters => parameters.Add(p => p.Id, id));
        page.WaitForAssertion(() => page.Find("[data-testid=staging-evidence]"));
        return page;
    }
}
