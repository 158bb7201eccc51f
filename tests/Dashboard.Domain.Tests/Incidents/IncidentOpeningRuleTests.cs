using Dashboard.Domain.Health;
using Dashboard.Domain.Incidents;
using static Dashboard.Domain.Tests.Incidents.IncidentPeople;

namespace Dashboard.Domain.Tests.Incidents;

public class IncidentOpeningRuleTests
{
    private static StateObservation Seen(int secondsAfterStart, HealthState state) => new(Start.AddSeconds(secondsAfterStart), state);

    [Fact]
    public void Decide_UnhealthyForEnoughObservationsAndTime_Opens()
    {
        var decision = IncidentOpeningRule.Default.Decide("billing-api",
            [Seen(0, HealthState.Healthy), Seen(10, HealthState.Unhealthy), Seen(40, HealthState.Unhealthy), Seen(70, HealthState.Unhealthy)]);

        Assert.True(decision.Open);
        Assert.Equal(Start.AddSeconds(10), decision.UnhealthySince);
        Assert.Equal("billing-api has been unhealthy for 3 consecutive observations over 1 min (since 2026-11-27 01:45:10 +00:00).", decision.Reason);
    }

    [Fact]
    public void Decide_TooFewObservations_WaitsAndSaysForWhat()
    {
        var decision = IncidentOpeningRule.Default.Decide("billing-api", [Seen(0, HealthState.Unhealthy), Seen(90, HealthState.Unhealthy)]);

        Assert.False(decision.Open);
        Assert.Contains("an incident opens after 3 observations over at least 1 min", decision.Reason);
    }

    [Fact]
    public void Decide_EnoughObservationsButTooShort_Waits()
    {
        var decision = IncidentOpeningRule.Default.Decide("billing-api",
            [Seen(0, HealthState.Unhealthy), Seen(10, HealthState.Unhealthy), Seen(20, HealthState.Unhealthy), Seen(30, HealthState.Unhealthy)]);

        Assert.False(decision.Open);
    }

    [Fact]
    public void Decide_RunBrokenByAHealthyObservation_CountsOnlyTheLatestRun()
    {
        var decision = IncidentOpeningRule.Default.Decide("billing-api",
            [Seen(0, HealthState.Unhealthy), Seen(30, HealthState.Unhealthy), Seen(60, HealthState.Healthy), Seen(90, HealthState.Unhealthy), Seen(120, HealthState.Unhealthy)]);

        Assert.False(decision.Open);
        Assert.Equal(Start.AddSeconds(90), decision.UnhealthySince);
    }

    [Fact]
    public void Decide_ObservationsOutOfOrder_AreSortedByTime()
    {
        var decision = IncidentOpeningRule.Default.Decide("billing-api",
            [Seen(70, HealthState.Unhealthy), Seen(10, HealthState.Unhealthy), Seen(0, HealthState.Healthy), Seen(40, HealthState.Unhealthy)]);

        Assert.True(decision.Open);
    }

    [Fact]
    public void Decide_AlreadyInAnOpenIncident_DoesNotOpenAnother()
    {
        var open = Incident.OpenByHand(IncidentPeople.OnCall, "Checkout failing", IncidentSeverity.High, "production", ["billing-api"], null, At(0));

        var decision = IncidentOpeningRule.Default.Decide("billing-api",
            [Seen(0, HealthState.Unhealthy), Seen(40, HealthState.Unhealthy), Seen(80, HealthState.Unhealthy)], open);

        Assert.False(decision.Open);
        Assert.Contains("already in the open incident 'Checkout failing'", decision.Reason);
    }

    [Fact]
    public void Decide_NotUnhealthyNow_DoesNotOpen()
    {
        var decision = IncidentOpeningRule.Default.Decide("billing-api", [Seen(0, HealthState.Unhealthy), Seen(30, HealthState.Degraded)]);

        Assert.False(decision.Open);
        Assert.Null(decision.UnhealthySince);
    }

    [Fact]
    public void Constructor_ZeroObservations_IsRefused()
    {
        Assert.Throws<DomainException>(() => new IncidentOpeningRule(0, TimeSpan.FromMinutes(1)));
    }
}
