using Dashboard.Domain.Health;
using Dashboard.Domain.Scanning;

namespace Dashboard.Domain.Tests.Health;

/// <summary>Builds the signals of billing-api in production at <see cref="Now"/>: instances, requests and readiness wiring.</summary>
public sealed class SignalsBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    private readonly List<InstanceHealth> _instances = [];
    private RequestMetrics? _requests;
    private ReadinessWiring _readiness = ReadinessWiring.Unknown;
    private readonly List<SyntheticCheckResult> _syntheticChecks = [];

    public static ProbeCheck Pass(string detail = "200 in 8 ms") => new(true, Now, detail);

    public static ProbeCheck Fail(string detail = "503 in 9 ms") => new(false, Now, detail);

    /// <summary>An instance alive and ready for the last ten minutes.</summary>
    public SignalsBuilder Ready(string instance) =>
        Instance(new InstanceHealth(instance, Pass(), Pass(), AliveSince: Now.AddMinutes(-10), ReadySinceAlive: true));

    /// <summary>Alive for <paramref name="aliveSeconds"/> and ready for a while, not ready since <paramref name="secondsAgo"/>.</summary>
    public SignalsBuilder Pulled(string instance, int secondsAgo = 20, int aliveSeconds = 600) =>
        Instance(new InstanceHealth(instance, Pass(), Fail(), AliveSince: Now.AddSeconds(-aliveSeconds), NotReadySince: Now.AddSeconds(-secondsAgo), ReadySinceAlive: true));

    /// <summary>Alive for <paramref name="aliveSeconds"/>, not ready yet.</summary>
    public SignalsBuilder Starting(string instance, int aliveSeconds = 15) =>
        Instance(new InstanceHealth(instance, Pass(), Fail(), AliveSince: Now.AddSeconds(-aliveSeconds), NotReadySince: Now.AddSeconds(-aliveSeconds)));

    public SignalsBuilder Down(string instance, string detail = "connection refused") =>
        Instance(new InstanceHealth(instance, Fail(detail), Fail(detail), NotReadySince: Now.AddSeconds(-20)));

    public SignalsBuilder Instance(InstanceHealth instance)
    {
        _instances.Add(instance);
        return this;
    }

    public SignalsBuilder Requests(long requests, long serverErrors = 0, long clientErrors = 0, double? p95Ms = 80)
    {
        _requests = new RequestMetrics(requests, serverErrors, clientErrors, p95Ms, TimeSpan.FromMinutes(5));
        return this;
    }

    /// <summary>The scan found /health running every check, the database's among them, and no liveness-only endpoint (the story's billing-api).</summary>
    public SignalsBuilder ReadinessRunsDependencyChecks()
    {
        _readiness = new ReadinessWiring(true, new HealthEndpoint("/health/ready", LivenessOnly: false, RunsDependencyChecks: true, "billing-api/Program.cs", 42), false);
        return this;
    }

    public SignalsBuilder ReadinessChecksOnlyTheProcess()
    {
        _readiness = new ReadinessWiring(true, new HealthEndpoint("/health/ready", LivenessOnly: false, RunsDependencyChecks: false, "billing-api/Program.cs", 42), true);
        return this;
    }

    public SignalsBuilder SyntheticCheck(string name, int? actualStatus, string? error = null)
    {
        _syntheticChecks.Add(new SyntheticCheckResult(name, "GET", "/api/tax/quote", 200, actualStatus, TimeSpan.FromMilliseconds(12), error, Now));
        return this;
    }

    public HealthSignals Build() => new("billing-api", "production", _instances, _requests, _readiness) { SyntheticChecks = [.. _syntheticChecks] };

    public HealthAssessment Evaluate(HealthThresholds? thresholds = null) =>
        HealthEvaluator.Evaluate(Build(), thresholds ?? HealthThresholds.Default, Now);
}
