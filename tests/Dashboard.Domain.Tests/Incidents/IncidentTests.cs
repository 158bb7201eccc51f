using Dashboard.Domain.Health;
using Dashboard.Domain.Incidents;
using static Dashboard.Domain.Tests.Incidents.IncidentPeople;

namespace Dashboard.Domain.Tests.Incidents;

public class IncidentTests
{
    private static readonly HealthTransition BillingDown =
        new("billing-api", "production", HealthState.Healthy, HealthState.Unhealthy, At(1), "5xx rate 40 % (80 of 200 requests in the last 5 min) is above the 10 % limit");

    private static Incident OpenedByHand() =>
        Incident.OpenByHand(OnCall, "Checkout failing", IncidentSeverity.High, "production", ["billing-api", "frontend"], Start, At(2));

    [Fact]
    public void OpenAutomatically_UnhealthyTransition_OpensInvestigatingWithTheTriggerOnTheTimeline()
    {
        var incident = Incident.OpenAutomatically(BillingDown, Start, "the first 500s", IncidentSeverity.High, At(2));

        Assert.Equal(IncidentStatus.Investigating, incident.Status);
        Assert.True(incident.OpenedAutomatically);
        Assert.Equal("billing-api unhealthy in production", incident.Title);
        Assert.Equal(["billing-api"], incident.Services);
        Assert.Equal(Start, incident.StartedAt);
        var opened = Assert.Single(incident.Timeline);
        Assert.Equal(TimelineEntryKind.Opened, opened.Kind);
        Assert.Contains("billing-api in production turned unhealthy (was healthy): 5xx rate 40 %", opened.Text);
    }

    [Fact]
    public void OpenAutomatically_DegradedTransition_IsRefused()
    {
        var degraded = BillingDown with { To = HealthState.Degraded };

        var error = Assert.Throws<DomainException>(() => Incident.OpenAutomatically(degraded, Start, "x", IncidentSeverity.Low, At(2)));

        Assert.Contains("only when a service turns unhealthy", error.Message);
    }

    [Fact]
    public void OpenByHand_Engineer_IsRefusedNamingTheRoles()
    {
        var error = Assert.Throws<DomainException>(() =>
            Incident.OpenByHand(Engineer, "Checkout failing", IncidentSeverity.High, "production", ["billing-api"], null, At(2)));

        Assert.Contains("OnCall or Admin role", error.Message);
    }

    [Fact]
    public void OpenByHand_NoServices_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => Incident.OpenByHand(Admin, "Checkout failing", IncidentSeverity.High, "production", [], null, At(2)));

        Assert.Contains("at least one affected service", error.Message);
    }

    [Fact]
    public void OpenByHand_StartAfterOpening_IsRefused()
    {
        Assert.Throws<DomainException>(() => Incident.OpenByHand(OnCall, "Checkout failing", IncidentSeverity.High, "production", ["billing-api"], At(5), At(2)));
    }

    [Theory]
    [InlineData(IncidentStatus.Investigating, IncidentStatus.Identified)]
    [InlineData(IncidentStatus.Investigating, IncidentStatus.Monitoring)]
    [InlineData(IncidentStatus.Identified, IncidentStatus.Monitoring)]
    [InlineData(IncidentStatus.Monitoring, IncidentStatus.Investigating)]
    [InlineData(IncidentStatus.Monitoring, IncidentStatus.Resolved)]
    public void ChangeStatus_AllowedStep_MovesAndRecordsIt(IncidentStatus from, IncidentStatus to)
    {
        var incident = OpenedByHand();
        if (from != IncidentStatus.Investigating) incident.ChangeStatus(OnCall, from, "cause: tax.rate.default reload", At(3));

        incident.ChangeStatus(OnCall, to, "step note", At(4));

        Assert.Equal(to, incident.Status);
        Assert.EndsWith($"{from.ToString().ToLowerInvariant()} → {to.ToString().ToLowerInvariant()}: step note", incident.Timeline[^1].Text);
    }

    [Fact]
    public void ChangeStatus_ResolvedToMonitoring_IsRefusedSayingToReopen()
    {
        var incident = OpenedByHand();
        incident.ChangeStatus(OnCall, IncidentStatus.Resolved, "rolled back", At(30));

        var error = Assert.Throws<DomainException>(() => incident.ChangeStatus(OnCall, IncidentStatus.Monitoring, "x", At(31)));

        Assert.Contains("reopen it as investigating first", error.Message);
        Assert.Equal(IncidentStatus.Resolved, incident.Status);
    }

    [Theory]
    [InlineData(IncidentStatus.Identified, "Say what the cause is")]
    [InlineData(IncidentStatus.Resolved, "Say what resolved the incident")]
    public void ChangeStatus_WithoutTheNoteItNeeds_IsRefused(IncidentStatus to, string expected)
    {
        var incident = OpenedByHand();

        var error = Assert.Throws<DomainException>(() => incident.ChangeStatus(OnCall, to, "  ", At(3)));

        Assert.StartsWith(expected, error.Message);
        Assert.Equal(IncidentStatus.Investigating, incident.Status);
    }

    [Fact]
    public void ChangeStatus_ResolveThenReopen_SetsAndClearsResolvedAt()
    {
        var incident = OpenedByHand();
        incident.ChangeStatus(OnCall, IncidentStatus.Resolved, "rolled back tax.rate.default", At(30));
        Assert.Equal(At(30), incident.ResolvedAt);
        Assert.False(incident.IsOpen);

        var error = Assert.Throws<DomainException>(() => incident.ChangeStatus(OnCall, IncidentStatus.Investigating, null, At(40)));
        Assert.StartsWith("Say why the incident is reopened", error.Message);

        incident.ChangeStatus(OnCall, IncidentStatus.Investigating, "errors came back", At(40));
        Assert.Null(incident.ResolvedAt);
        Assert.True(incident.IsOpen);
    }

    [Fact]
    public void ChangeStatus_SameStatus_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => OpenedByHand().ChangeStatus(OnCall, IncidentStatus.Investigating, "x", At(3)));

        Assert.Contains("already investigating", error.Message);
    }

    [Fact]
    public void ChangeStatus_Engineer_IsRefused()
    {
        Assert.Throws<DomainException>(() => OpenedByHand().ChangeStatus(Engineer, IncidentStatus.Monitoring, null, At(3)));
    }

    [Fact]
    public void Timeline_EntriesRecordedOutOfOrder_AreOrderedByTime()
    {
        var incident = OpenedByHand();
        incident.AddNote(OnCall, "billing-api reconnects take 8–12 s", At(5));
        incident.RecordConfigChange(new CandidateChange("tax.rate.default", "production", "production", Start.AddMinutes(-45), ChangeSource.OutOfBand, null, [], "portal-user"));
        incident.RecordHealthTransition(BillingDown);
        incident.RecordProposalStep(Guid.NewGuid(), "Rolled back tax.rate.default in production.", "Olga On-Call", At(4));

        Assert.Equal(
            [TimelineEntryKind.OutOfBandChange, TimelineEntryKind.HealthTransition, TimelineEntryKind.Opened, TimelineEntryKind.ProposalStep, TimelineEntryKind.Note],
            incident.Timeline.Select(e => e.Kind));
        Assert.Contains("outside the pipeline by portal-user", incident.Timeline[0].Text);
    }

    [Fact]
    public void AddService_AlreadyListed_IsRefused()
    {
        var incident = OpenedByHand();

        Assert.Throws<DomainException>(() => incident.AddService(IncidentActor.Dashboard, "BILLING-API", "turned unhealthy", At(3)));
        incident.AddService(IncidentActor.Dashboard, "invoice-renderer", "turned unhealthy at 01:50", At(5));
        Assert.Equal(["billing-api", "frontend", "invoice-renderer"], incident.Services);
        Assert.Null(incident.Timeline[^1].ActorName);
    }

    [Fact]
    public void AssignCommanderAndSeverity_AreRecorded()
    {
        var incident = OpenedByHand();

        incident.AssignCommander(OnCall, "ada", "Ada Admin", At(3));
        incident.ChangeSeverity(OnCall, IncidentSeverity.Critical, At(4));

        Assert.Equal(("ada", "Ada Admin"), (incident.CommanderId, incident.CommanderName));
        Assert.Equal(IncidentSeverity.Critical, incident.Severity);
        Assert.Equal("Severity High → Critical.", incident.Timeline[^1].Text);
        Assert.Throws<DomainException>(() => incident.ChangeSeverity(OnCall, IncidentSeverity.Critical, At(5)));
    }

    [Fact]
    public void Window_Open_RunsFromTheStartOfTheTroubleWithNoEnd() =>
        Assert.Equal(new IncidentWindow(Start, null), OpenedByHand().Window);

    [Fact]
    public void Window_Resolved_EndsAtTheResolution()
    {
        var incident = OpenedByHand();
        incident.ChangeStatus(OnCall, IncidentStatus.Resolved, "rolled back tax.rate.default", At(30));

        Assert.Equal(new IncidentWindow(Start, At(30)), incident.Window);
    }
}
