using System.Globalization;

namespace Dashboard.Domain.Health;

/// <summary>
/// Computes a service's state in one environment as the worst of its indicators — liveness, readiness, 5xx rate,
/// 4xx rate, p95 latency — each with its reason in words. Indicators without data are left out; a service with no
/// data at all is <see cref="HealthState.NoData"/>. Pure: the caller gathers the signals.
/// </summary>
public static class HealthEvaluator
{
    private const int ListedInstances = 3;

    public static HealthAssessment Evaluate(HealthSignals signals, HealthThresholds thresholds, DateTimeOffset now, HealthEvaluationSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(thresholds);
        settings ??= HealthEvaluationSettings.Default;

        var rotation = Rotation.Of(signals.Instances, now, settings);
        var trap = RotationTrap(signals, rotation, settings);
        IndicatorAssessment[] indicators =
        [
            Liveness(signals.Instances),
            Readiness(rotation, trap),
            ServerErrors(signals.Requests, thresholds),
            ClientErrors(signals.Requests, thresholds),
            Latency(signals.Requests, thresholds),
            SyntheticChecks(signals.SyntheticChecks),
        ];
        var state = indicators.Select(i => i.State).Aggregate(HealthState.NoData, HealthStates.Worst);
        return new HealthAssessment(signals.Service, signals.Environment, state, Reason(state, indicators), indicators,
            rotation.InRotation.Count, signals.Instances.Count, trap);
    }

    private static string Reason(HealthState state, IReadOnlyList<IndicatorAssessment> indicators)
    {
        if (state == HealthState.NoData)
            return "no probe result or request telemetry yet";
        return string.Join("; ", indicators.Where(i => i.State == state).Select(i => i.Reason));
    }

    private static IndicatorAssessment Liveness(IReadOnlyList<InstanceHealth> instances)
    {
        var probed = instances.Where(i => i.Liveness is not null).ToList();
        if (probed.Count == 0)
            return new(HealthIndicator.Liveness, HealthState.NoData, "liveness not probed yet");
        var failing = probed.Where(i => !i.IsAlive).ToList();
        if (failing.Count == probed.Count)
            return new(HealthIndicator.Liveness, HealthState.Unhealthy,
                $"no instance answers liveness ({List(failing, i => i.Liveness!.Detail)})");
        if (failing.Count > 0)
            return new(HealthIndicator.Liveness, HealthState.Degraded,
                $"{failing.Count} of {probed.Count} instances fail liveness ({List(failing, i => i.Liveness!.Detail)})");
        return new(HealthIndicator.Liveness, HealthState.Healthy, $"{Instances(probed.Count)} answer liveness");
    }

    private static IndicatorAssessment Readiness(Rotation rotation, string? trap)
    {
        if (rotation.Probed == 0)
            return new(HealthIndicator.Readiness, HealthState.NoData, "readiness not probed yet");
        var starting = rotation.Starting.Count == 0 ? "" : $"; {rotation.Starting.Count} starting ({List(rotation.Starting, StartingDetail(rotation.Now))})";
        if (rotation.InRotation.Count == rotation.Probed)
            return new(HealthIndicator.Readiness, HealthState.Healthy, $"{Instances(rotation.Probed)} in rotation");
        if (rotation.Pulled.Count == 0)
            return new(HealthIndicator.Readiness, HealthState.Starting,
                $"{rotation.InRotation.Count} of {rotation.Probed} in rotation{starting}: alive and not ready yet, within the startup grace");
        var pulled = $"{rotation.Pulled.Count} pulled, readiness failing ({List(rotation.Pulled, i => i.Readiness!.Detail)})";
        if (rotation.InRotation.Count == 0)
            return new(HealthIndicator.Readiness, HealthState.Unhealthy,
                $"no instance in rotation: {pulled}{starting}" + (trap is null ? "" : ". " + trap));
        return new(HealthIndicator.Readiness, HealthState.Degraded, $"{rotation.InRotation.Count} of {rotation.Probed} in rotation: {pulled}{starting}");
    }

    /// <summary>
    /// The story's trap: every instance pulled within moments of each other while the processes are alive, because the
    /// readiness endpoint checks a dependency — one struggling dependency takes the whole service out of the load balancer.
    /// </summary>
    private static string? RotationTrap(HealthSignals signals, Rotation rotation, HealthEvaluationSettings settings)
    {
        if (rotation.Pulled.Count == 0 || rotation.Pulled.Count != rotation.Probed) return null;
        var since = rotation.Pulled.Select(i => i.NotReadySince ?? i.Readiness!.At).ToList();
        var spread = since.Max() - since.Min();
        if (spread > settings.AtOnceWindow) return null;
        var alive = rotation.Pulled.Count(i => i.IsAlive);
        var atOnce = rotation.Pulled.Count == 1
            ? "Its only instance was pulled from rotation"
            : $"Every instance was pulled from rotation at once ({rotation.Pulled.Count} within {Duration(spread)})";
        var stillAlive = alive == rotation.Pulled.Count ? " while each still answers liveness" : alive > 0 ? $" while {alive} still answer liveness" : "";
        var wiring = signals.Readiness;
        if (wiring.IncludesDependencies)
        {
            var endpoint = wiring.Endpoint!;
            return $"{atOnce}{stillAlive}: readiness {endpoint.Path} runs the dependency checks ({endpoint.File}:{endpoint.Line}), so one struggling "
                + "dependency takes the whole service out of the load balancer. Keep dependency checks off the endpoint the load balancer polls"
                + (wiring.HasLivenessOnlyEndpoint ? "." : " and add a liveness-only endpoint.");
        }
        if (!wiring.Scanned && alive == rotation.Pulled.Count)
            return $"{atOnce}{stillAlive}: if readiness {signals.ReadinessPath} checks a dependency, one struggling dependency took the whole service "
                + "out of the load balancer; its code was not scanned, so this is not known.";
        return null;
    }

    private static IndicatorAssessment ServerErrors(RequestMetrics? requests, HealthThresholds thresholds) =>
        Rate(HealthIndicator.ServerErrors, "5xx", requests, r => r.ServerErrors, thresholds.ServerErrorDegraded, thresholds.ServerErrorUnhealthy);

    private static IndicatorAssessment ClientErrors(RequestMetrics? requests, HealthThresholds thresholds) =>
        Rate(HealthIndicator.ClientErrors, "4xx", requests, r => r.ClientErrors, thresholds.ClientErrorDegraded, thresholds.ClientErrorUnhealthy);

    private static IndicatorAssessment Rate(
        HealthIndicator indicator, string what, RequestMetrics? requests, Func<RequestMetrics, long> errors, double degraded, double unhealthy)
    {
        if (requests is null)
            return new(indicator, HealthState.NoData, "no request telemetry");
        if (requests.Requests == 0)
            return new(indicator, HealthState.NoData, $"no requests in {requests.DescribeWindow()}");
        var count = errors(requests);
        var rate = (double)count / requests.Requests;
        var measured = $"{what} rate {HealthThresholds.Percent(rate)} ({count} of {requests.Requests} requests in {requests.DescribeWindow()})";
        if (rate > unhealthy)
            return new(indicator, HealthState.Unhealthy, $"{measured} is above the {HealthThresholds.Percent(unhealthy)} limit");
        if (rate > 0 && rate >= degraded)
            return new(indicator, HealthState.Degraded, $"{measured} reaches the {HealthThresholds.Percent(degraded)} warning level");
        return new(indicator, HealthState.Healthy, measured);
    }

    private static IndicatorAssessment Latency(RequestMetrics? requests, HealthThresholds thresholds)
    {
        if (requests?.P95Ms is not { } p95 || requests.Requests == 0)
            return new(HealthIndicator.Latency, HealthState.NoData, "no request durations");
        var measured = $"p95 {HealthThresholds.Ms(p95)} over {requests.DescribeWindow()}";
        if (p95 >= thresholds.LatencyUnhealthyMs)
            return new(HealthIndicator.Latency, HealthState.Unhealthy, $"{measured} reaches the {HealthThresholds.Ms(thresholds.LatencyUnhealthyMs)} limit");
        if (p95 >= thresholds.LatencyDegradedMs)
            return new(HealthIndicator.Latency, HealthState.Degraded, $"{measured} reaches the {HealthThresholds.Ms(thresholds.LatencyDegradedMs)} warning level");
        return new(HealthIndicator.Latency, HealthState.Healthy, measured);
    }

    /// <summary>A failing check degrades the service even when request telemetry, not the checks, makes its error rate.</summary>
    private static IndicatorAssessment SyntheticChecks(IReadOnlyList<SyntheticCheckResult> checks)
    {
        if (checks.Count == 0)
            return new(HealthIndicator.SyntheticChecks, HealthState.NoData, "no synthetic check configured or run yet");
        var failing = checks.Where(c => !c.Passed).ToList();
        if (failing.Count == 0)
            return new(HealthIndicator.SyntheticChecks, HealthState.Healthy, checks.Count == 1 ? "its synthetic check passes" : $"all {checks.Count} synthetic checks pass");
        var listed = string.Join(", ", failing.Take(ListedInstances).Select(c => $"{c.Name}: {c.Detail}"));
        var more = failing.Count > ListedInstances ? $" and {failing.Count - ListedInstances} more" : "";
        return new(HealthIndicator.SyntheticChecks, HealthState.Degraded, $"{failing.Count} of {checks.Count} synthetic checks fail ({listed}{more})");
    }

    private static Func<InstanceHealth, string> StartingDetail(DateTimeOffset now) =>
        i => i.AliveSince is { } since ? $"alive for {Duration(now - since)}" : "alive";

    private static string List(IReadOnlyList<InstanceHealth> instances, Func<InstanceHealth, string> detail)
    {
        var listed = string.Join(", ", instances.Take(ListedInstances).Select(i => $"{i.Instance}: {detail(i)}"));
        return instances.Count > ListedInstances ? $"{listed} and {instances.Count - ListedInstances} more" : listed;
    }

    private static string Instances(int count) => count == 1 ? "its one instance" : $"all {count} instances";

    internal static string Duration(TimeSpan span) => span.TotalSeconds < 90
        ? $"{Math.Max(0, span.TotalSeconds).ToString("0", CultureInfo.InvariantCulture)} s"
        : $"{span.TotalMinutes.ToString("0", CultureInfo.InvariantCulture)} min";

    /// <summary>The instances sorted by where they stand with the load balancer.</summary>
    private sealed record Rotation(
        DateTimeOffset Now, int Probed, IReadOnlyList<InstanceHealth> InRotation, IReadOnlyList<InstanceHealth> Starting, IReadOnlyList<InstanceHealth> Pulled)
    {
        public static Rotation Of(IReadOnlyList<InstanceHealth> instances, DateTimeOffset now, HealthEvaluationSettings settings)
        {
            var probed = instances.Where(i => i.Readiness is not null).ToList();
            var notReady = probed.Where(i => !i.IsReady).ToList();
            // Alive, never ready since it came up, and for less than the grace: a process still warming up, not one pulled for failing.
            var starting = notReady.Where(i => i.IsAlive && !i.ReadySinceAlive && i.AliveSince is { } since && now - since < settings.StartupGrace).ToList();
            return new Rotation(now, probed.Count, [.. probed.Where(i => i.IsReady)], starting, [.. notReady.Except(starting)]);
        }
    }
}
