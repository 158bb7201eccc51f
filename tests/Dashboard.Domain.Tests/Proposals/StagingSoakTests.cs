using Dashboard.Domain.Health;
using Dashboard.Domain.Proposals;

namespace Dashboard.Domain.Tests.Proposals;

public class StagingSoakTests
{
    private static readonly TimeSpan Soak = StagingSoak.DefaultSoak;

    private static SoakWindowStats Stats(long requests, long errors = 0, double? p95 = 80, params string[] classes) => new(requests, errors, p95, classes);

    private static ServiceSoakInput Billing(SoakWindowStats? before, SoakWindowStats? during) => new("billing-api", HealthThresholds.Default, before, during);

    [Fact]
    public void Evaluate_QuietBeforeAndDuring_PassesWithTheNumbers()
    {
        var verdict = StagingSoak.Evaluate([Billing(Stats(480), Stats(500, p95: 85))], Soak);

        Assert.Equal(SoakOutcome.Passed, verdict.Outcome);
        Assert.Equal("billing-api: stayed healthy: during the soak 5xx 0 % (0 of 500 requests), p95 85 ms; before the apply 5xx 0 % (0 of 480 requests), p95 80 ms",
            Assert.Single(verdict.Reasons));
    }

    [Fact]
    public void Evaluate_ErrorRateRisesAboveTheThreshold_FailsWithTheNumbers()
    {
        var verdict = StagingSoak.Evaluate([Billing(Stats(480), Stats(500, errors: 21))], Soak);

        Assert.Equal(SoakOutcome.Failed, verdict.Outcome);
        Assert.Contains("5xx rate 4.2 % reaches the 0.1 % threshold (during the soak 5xx 4.2 % (21 of 500 requests)", verdict.Summary);
        Assert.Contains("before the apply 5xx 0 % (0 of 480 requests)", verdict.Summary);
    }

    [Fact]
    public void Evaluate_ErrorRateAsHighAsBefore_IsNotBlamedOnTheChange()
    {
        var verdict = StagingSoak.Evaluate([Billing(Stats(500, errors: 10), Stats(500, errors: 10))], Soak);

        Assert.Equal(SoakOutcome.Passed, verdict.Outcome);
    }

    [Fact]
    public void Evaluate_NewErrorClass_FailsEvenUnderTheRateThreshold()
    {
        var lenient = HealthThresholds.Default.With(new HealthThresholdOverrides(ServerErrorDegraded: 0.5, ServerErrorUnhealthy: 0.9));
        var input = new ServiceSoakInput("billing-api", lenient, Stats(480, 1, 80, "TimeoutException"), Stats(500, 2, 80, "TimeoutException", "ObjectDisposedException"));

        var verdict = StagingSoak.Evaluate([input], Soak);

        Assert.Equal(SoakOutcome.Failed, verdict.Outcome);
        Assert.Contains("new error class ObjectDisposedException not seen in the 10 min before the apply", verdict.Summary);
    }

    [Fact]
    public void Evaluate_P95RisesAboveTheLatencyThreshold_Fails()
    {
        var verdict = StagingSoak.Evaluate([Billing(Stats(480, p95: 90), Stats(500, p95: 8200))], Soak);

        Assert.Equal(SoakOutcome.Failed, verdict.Outcome);
        Assert.Contains("p95 8200 ms reaches the 1000 ms threshold", verdict.Summary);
    }

    [Fact]
    public void Evaluate_NoTelemetryDuringTheSoak_IsNoEvidenceAndPointsAtTheChecklist()
    {
        var verdict = StagingSoak.Evaluate([Billing(null, null), new ServiceSoakInput("invoice-renderer", HealthThresholds.Default, Stats(100), Stats(100))], Soak);

        Assert.Equal(SoakOutcome.NoEvidence, verdict.Outcome);
        Assert.Equal("No staging telemetry for billing-api during the 10 min soak: verify with the signed checklist.", verdict.Summary);
    }

    [Fact]
    public void Evaluate_OneFailsAnotherWithoutTelemetry_Fails()
    {
        var verdict = StagingSoak.Evaluate([Billing(Stats(480), Stats(500, errors: 50)), new ServiceSoakInput("invoice-renderer", HealthThresholds.Default, null, null)], Soak);

        Assert.Equal(SoakOutcome.Failed, verdict.Outcome);
    }

    [Fact]
    public void Evaluate_NoBaseline_JudgesByThresholdsAloneAndFlagsNoClassAsNew()
    {
        var verdict = StagingSoak.Evaluate([Billing(null, Stats(500, 0, 80, "TimeoutException"))], Soak);

        Assert.Equal(SoakOutcome.Passed, verdict.Outcome);
        Assert.Contains("before the apply no telemetry", verdict.Reasons[0]);
    }

    [Fact]
    public void Evaluate_NoAffectedServices_IsNoEvidence()
    {
        Assert.Equal(SoakOutcome.NoEvidence, StagingSoak.Evaluate([], Soak).Outcome);
    }
}
