using Dashboard.Domain.Health;

namespace Dashboard.Domain.Tests.Health;

public class HealthEvaluatorTests
{
    [Fact]
    public void Evaluate_AllReadyAndNoErrors_IsHealthyAndSaysWhy()
    {
        var assessment = new SignalsBuilder().Ready("i1").Ready("i2").Requests(1000).Evaluate();

        Assert.Equal(HealthState.Healthy, assessment.State);
        Assert.Equal(2, assessment.InRotation);
        Assert.Contains("all 2 instances in rotation", assessment.Reason);
        Assert.Contains("5xx rate 0 % (0 of 1000 requests in the last 5 min)", assessment.Reason);
        Assert.Null(assessment.RotationTrap);
    }

    [Fact]
    public void Evaluate_FailingSyntheticCheckBesideHealthyRequests_IsDegradedNamingTheCheck()
    {
        var assessment = new SignalsBuilder().Ready("i1").Requests(1000).SyntheticCheck("tax quote", 503, "expected 200").SyntheticCheck("invoice", 200).Evaluate();

        Assert.Equal(HealthState.Degraded, assessment.State);
        Assert.Equal("1 of 2 synthetic checks fail (tax quote: 503 where 200 was expected)", assessment.Reason);
    }

    [Fact]
    public void Evaluate_SyntheticChecksPass_IndicatorHealthy()
    {
        var assessment = new SignalsBuilder().Ready("i1").SyntheticCheck("tax quote", 200).Evaluate();

        Assert.Equal(HealthState.Healthy, assessment.State);
        Assert.Equal(HealthState.Healthy, assessment.Indicator(HealthIndicator.SyntheticChecks)!.State);
    }

    [Fact]
    public void Evaluate_FailingSyntheticCheckWhileNoInstanceAnswers_StaysUnhealthy()
    {
        var assessment = new SignalsBuilder().Down("i1").SyntheticCheck("tax quote", null, "connection refused").Evaluate();

        Assert.Equal(HealthState.Unhealthy, assessment.State);
        Assert.Equal(HealthState.Degraded, assessment.Indicator(HealthIndicator.SyntheticChecks)!.State);
    }

    [Fact]
    public void Evaluate_NothingObserved_IsNoData()
    {
        var assessment = new SignalsBuilder().Evaluate();

        Assert.Equal(HealthState.NoData, assessment.State);
        Assert.Equal("no probe result or request telemetry yet", assessment.Reason);
    }

    [Fact]
    public void Evaluate_RequestsWithoutProbes_JudgesByTheRequestsAlone()
    {
        var assessment = new SignalsBuilder().Requests(1000, serverErrors: 200).Evaluate();

        Assert.Equal(HealthState.Unhealthy, assessment.State);
        Assert.Equal(HealthState.NoData, assessment.Indicator(HealthIndicator.Liveness)!.State);
    }

    [Fact]
    public void Evaluate_WindowWithoutRequests_LeavesRatesWithoutData()
    {
        var assessment = new SignalsBuilder().Ready("i1").Requests(0).Evaluate();

        Assert.Equal(HealthState.Healthy, assessment.State);
        Assert.Equal(HealthState.NoData, assessment.Indicator(HealthIndicator.ServerErrors)!.State);
        Assert.Contains("no requests in the last 5 min", assessment.Indicator(HealthIndicator.ServerErrors)!.Reason);
    }

    [Theory]
    [InlineData(0, HealthState.Healthy)]
    [InlineData(9, HealthState.Healthy)]        // 0.09 %: under the 0.1 % warning level
    [InlineData(10, HealthState.Degraded)]      // 0.1 %: at the warning level
    [InlineData(1000, HealthState.Degraded)]    // 10 %: at, not above, the limit
    [InlineData(1001, HealthState.Unhealthy)]   // 10.01 %: above the limit
    public void Evaluate_ServerErrorRate_FollowsKialisDefaults(long errors, HealthState expected)
    {
        var assessment = new SignalsBuilder().Ready("i1").Requests(10_000, serverErrors: errors).Evaluate();

        Assert.Equal(expected, assessment.Indicator(HealthIndicator.ServerErrors)!.State);
        Assert.Equal(expected, assessment.State);
    }

    [Theory]
    [InlineData(999, HealthState.Healthy)]      // 9.99 %
    [InlineData(1000, HealthState.Degraded)]    // 10 %
    [InlineData(2000, HealthState.Degraded)]    // 20 %
    [InlineData(2001, HealthState.Unhealthy)]   // 20.01 %
    public void Evaluate_ClientErrorRate_FollowsKialisDefaults(long errors, HealthState expected)
    {
        var assessment = new SignalsBuilder().Ready("i1").Requests(10_000, clientErrors: errors).Evaluate();

        Assert.Equal(expected, assessment.Indicator(HealthIndicator.ClientErrors)!.State);
    }

    [Theory]
    [InlineData(999, HealthState.Healthy)]
    [InlineData(1000, HealthState.Degraded)]
    [InlineData(4999, HealthState.Degraded)]
    [InlineData(5000, HealthState.Unhealthy)]
    public void Evaluate_P95Latency_ComparesWithTheLatencyLevels(double p95, HealthState expected)
    {
        var assessment = new SignalsBuilder().Ready("i1").Requests(100, p95Ms: p95).Evaluate();

        Assert.Equal(expected, assessment.Indicator(HealthIndicator.Latency)!.State);
    }

    [Fact]
    public void Evaluate_UnhealthyErrorRate_NamesTheNumbersAndTheLimit()
    {
        var assessment = new SignalsBuilder().Ready("i1").Requests(200, serverErrors: 50).Evaluate();

        Assert.Equal("5xx rate 25 % (50 of 200 requests in the last 5 min) is above the 10 % limit", assessment.Reason);
    }

    [Fact]
    public void Evaluate_ServiceOverrides_ReplaceTheDefaults()
    {
        var lenient = HealthThresholds.Default.With(new HealthThresholdOverrides(ServerErrorDegraded: 0.05, ServerErrorUnhealthy: 0.30, LatencyDegradedMs: 3000));
        var builder = new SignalsBuilder().Ready("i1").Requests(1000, serverErrors: 200, p95Ms: 2500);

        Assert.Equal(HealthState.Unhealthy, builder.Evaluate().State);
        var assessment = builder.Evaluate(lenient);
        Assert.Equal(HealthState.Degraded, assessment.State);
        Assert.Contains("reaches the 5 % warning level", assessment.Reason);
        Assert.Equal(HealthState.Healthy, assessment.Indicator(HealthIndicator.Latency)!.State);
    }

    [Fact]
    public void Evaluate_WorstIndicatorWins_AndOnlyItsReasonsAreTheStatesReason()
    {
        var assessment = new SignalsBuilder().Ready("i1").Pulled("i2").Requests(1000, serverErrors: 150, p95Ms: 1500).Evaluate();

        Assert.Equal(HealthState.Unhealthy, assessment.State);
        Assert.StartsWith("5xx rate 15 %", assessment.Reason);
        Assert.DoesNotContain("p95", assessment.Reason);
        Assert.Equal(HealthState.Degraded, assessment.Indicator(HealthIndicator.Readiness)!.State);
        Assert.Equal(HealthState.Degraded, assessment.Indicator(HealthIndicator.Latency)!.State);
    }

    [Fact]
    public void Evaluate_OneOfThreePulled_IsDegradedWithTheInstancesInRotation()
    {
        var assessment = new SignalsBuilder().Ready("i1").Ready("i2").Pulled("i3").Evaluate();

        Assert.Equal(HealthState.Degraded, assessment.State);
        Assert.Equal((2, 3), (assessment.InRotation, assessment.Instances));
        Assert.Equal("2 of 3 in rotation: 1 pulled, readiness failing (i3: 503 in 9 ms)", assessment.Reason);
    }

    [Fact]
    public void Evaluate_NoInstanceAnswersLiveness_IsUnhealthyAndSaysWhatHappened()
    {
        var assessment = new SignalsBuilder().Down("i1").Down("i2", "timed out after 5 s").Evaluate();

        Assert.Equal(HealthState.Unhealthy, assessment.State);
        Assert.Contains("no instance answers liveness (i1: connection refused, i2: timed out after 5 s)", assessment.Reason);
        Assert.Null(assessment.RotationTrap);
    }

    [Fact]
    public void Evaluate_OneInstanceFailsLiveness_IsDegraded()
    {
        var assessment = new SignalsBuilder().Ready("i1").Down("i2").Evaluate();

        Assert.Equal(HealthState.Degraded, assessment.Indicator(HealthIndicator.Liveness)!.State);
        Assert.Contains("1 of 2 instances fail liveness (i2: connection refused)", assessment.Indicator(HealthIndicator.Liveness)!.Reason);
    }

    [Fact]
    public void Evaluate_AliveButNotReadyWithinGrace_IsStarting()
    {
        var assessment = new SignalsBuilder().Starting("i1", aliveSeconds: 15).Starting("i2", aliveSeconds: 30).Evaluate();

        Assert.Equal(HealthState.Starting, assessment.State);
        Assert.Contains("2 starting (i1: alive for 15 s, i2: alive for 30 s)", assessment.Reason);
    }

    [Fact]
    public void Evaluate_NotReadyPastTheStartupGrace_IsNoLongerStarting()
    {
        var assessment = new SignalsBuilder().Starting("i1", aliveSeconds: 200).Evaluate();

        Assert.Equal(HealthState.Unhealthy, assessment.State);
        Assert.StartsWith("no instance in rotation: 1 pulled", assessment.Reason);
    }

    [Fact]
    public void Evaluate_UpRecentlyAndReadyOnceButFailingNow_IsPulledNotStarting()
    {
        var assessment = new SignalsBuilder().Pulled("i1", secondsAgo: 5, aliveSeconds: 30).Evaluate();

        Assert.Equal(HealthState.Unhealthy, assessment.State);
    }

    [Fact]
    public void Evaluate_OneStartingBesideReadyOnes_IsStartingNotDegraded()
    {
        var assessment = new SignalsBuilder().Ready("i1").Ready("i2").Starting("i3").Evaluate();

        Assert.Equal(HealthState.Starting, assessment.State);
        Assert.Equal(2, assessment.InRotation);
    }

    [Fact]
    public void Evaluate_EveryInstancePulledAtOnceWithDependencyReadiness_NamesTheTrap()
    {
        var assessment = new SignalsBuilder().Pulled("i1", 25).Pulled("i2", 20).Pulled("i3", 12).ReadinessRunsDependencyChecks().Evaluate();

        Assert.Equal(HealthState.Unhealthy, assessment.State);
        Assert.Equal(
            "Every instance was pulled from rotation at once (3 within 13 s) while each still answers liveness: readiness /health/ready runs the dependency "
            + "checks (billing-api/Program.cs:42), so one struggling dependency takes the whole service out of the load balancer. Keep dependency checks "
            + "off the endpoint the load balancer polls and add a liveness-only endpoint.",
            assessment.RotationTrap);
        Assert.Contains(assessment.RotationTrap!, assessment.Reason);
    }

    [Fact]
    public void Evaluate_PulledOneAfterAnother_IsNotTheAtOnceTrap()
    {
        var assessment = new SignalsBuilder().Pulled("i1", 600).Pulled("i2", 20).ReadinessRunsDependencyChecks().Evaluate();

        Assert.Equal(HealthState.Unhealthy, assessment.State);
        Assert.Null(assessment.RotationTrap);
    }

    [Fact]
    public void Evaluate_AllPulledButReadinessChecksOnlyTheProcess_IsNotTheTrap()
    {
        var assessment = new SignalsBuilder().Pulled("i1").Pulled("i2").ReadinessChecksOnlyTheProcess().Evaluate();

        Assert.Null(assessment.RotationTrap);
    }

    [Fact]
    public void Evaluate_AllPulledAndCodeNotScanned_SaysTheTrapIsPossibleButNotKnown()
    {
        var assessment = new SignalsBuilder().Pulled("i1").Pulled("i2").Evaluate();

        Assert.Contains("its code was not scanned, so this is not known", assessment.RotationTrap);
    }

    [Fact]
    public void Evaluate_SomePulledNotAll_IsNotTheTrap()
    {
        var assessment = new SignalsBuilder().Ready("i1").Pulled("i2").ReadinessRunsDependencyChecks().Evaluate();

        Assert.Null(assessment.RotationTrap);
    }
}
