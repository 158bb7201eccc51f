using System.Globalization;
using Dashboard.Domain.Catalog;
using Dashboard.Domain.Scanning;

namespace Dashboard.Domain.BlastRadius;

/// <summary>
/// What happens after the write, step by step, from the radius's own findings: which services reload and within what
/// interval, whose reload handler drops a connection and for how long (the resource's reconnect time from the catalog),
/// who retries into the failure without backoff, and whose health endpoint takes every instance out of rotation. A
/// step that does not follow from the findings is absent; <see cref="Quantify"/> prices the steps with live traffic.
/// </summary>
internal static class RadiusTimeline
{
    public static List<TimelineStep> Build(
        ProposedChange change, string environment, IReadOnlyList<AffectedService> affected,
        IReadOnlyDictionary<string, ServiceScan> scans, ServiceCatalog? catalog, DownstreamWalker walker)
    {
        var steps = new List<TimelineStep> { Write(change, environment) };
        foreach (var service in affected)
        {
            if (!service.Reloads || service.WithinSeconds is not { } within || !scans.TryGetValue(service.Service, out var scan))
                continue;
            steps.Add(Reload(change.Key, service.Service, within, scan));
            if (scan.ReloadHandlers.FirstOrDefault(h => h.Classification == ReloadClassification.DisposeBeforeCreate) is not { } handler)
                continue;
            var outage = Outage(service.Service, within, handler, catalog);
            steps.Add(outage);
            if (Retries(service.Service, outage, walker) is { } retries) steps.Add(retries);
            if (Rotation(service.Service, outage, scan) is { } rotation) steps.Add(rotation);
        }
        return Quantify(steps.OrderBy(s => s.From).ThenBy(s => s.To).ToList(), LiveTraffic.None);
    }

    /// <summary>The steps with their figures worked out from <paramref name="traffic"/>, or saying which service has none.</summary>
    public static List<TimelineStep> Quantify(IReadOnlyList<TimelineStep> steps, LiveTraffic traffic) =>
        [.. steps.Select(step => step with
        {
            Figures = step.Kind switch
            {
                TimelineStepKind.Outage => OutageFigures(step, traffic),
                TimelineStepKind.Retries => RetryFigures(step, traffic),
                _ => step.Figures,
            },
        })];

    private static TimelineStep Write(ProposedChange change, string environment)
    {
        var label = change.Label is null ? "no label" : $"label {change.Label}";
        var what = change.IsDelete ? $"{change.Key} is deleted" : change.IsAnyChange ? $"{change.Key} changes" : $"the new value of {change.Key} is written";
        return new TimelineStep(TimelineStepKind.Write, 0, 0, $"{Capitalised(what)} in {environment} ({label}).",
            $"proposed change: store {change.Store}, {label}");
    }

    private static TimelineStep Reload(string key, string service, double within, ServiceScan scan)
    {
        var registration = scan.Refresh.FirstOrDefault(r => r.Key == key) ?? scan.Refresh.FirstOrDefault(r => r.RefreshAll);
        var how = registration switch
        {
            { RefreshAll: true } when registration.Key == key => $"reloads all its configuration: {key} is a refreshAll sentinel it registers",
            _ when registration?.Key == key => $"reloads its configuration: it registers {key} for refresh",
            _ when scan.WatchAll => $"reloads all its configuration: RegisterAll() watches every key it loads",
            _ => "reloads its feature flags with its configuration",
        };
        var source = registration is null ? $"code: {scan.Path}" : $"code: {registration.File}:{registration.Line}";
        return new TimelineStep(TimelineStepKind.Reload, 0, within,
            $"Within {Seconds(within)} s {service} {how} (refresh interval {Seconds(within)} s).", source)
        { Service = service };
    }

    private static TimelineStep Outage(string service, double within, ReloadHandler handler, ServiceCatalog? catalog)
    {
        var handlerName = handler.OptionsType is null ? "Its OnChange handler" : $"Its OnChange handler for {handler.OptionsType}";
        var code = $"code: {handler.File}:{handler.Line}";
        // Of the resources it depends on, the slowest to reconnect bounds how long requests fail.
        var resource = catalog?.DependenciesOf(service)
            .Where(d => d.TargetKind == DependencyTargetKind.Resource)
            .Select(d => catalog.FindResource(d.Target))
            .OfType<Resource>()
            .Where(r => r.Reconnect is not null)
            .OrderByDescending(r => r.Reconnect!.ToSeconds)
            .FirstOrDefault();
        if (resource?.Reconnect is not { } downtime)
            return new TimelineStep(TimelineStepKind.Outage, 0, within,
                $"{handlerName} disposes its connection before the new one exists: {service}'s requests fail until it reconnects, "
                + "for a time the catalog does not give (declare the reconnect time of the resource it connects to).", code)
            { Service = service };
        return new TimelineStep(TimelineStepKind.Outage, 0, within + downtime.ToSeconds,
            $"{handlerName} drops {service}'s {resource.Name} connection for {resource.Name}'s reconnect time, {downtime.Describe()} from the catalog: "
            + $"{service}'s requests that need it fail meanwhile.",
            $"{code}; catalog resource {resource.Name} (reconnect {downtime.Describe()})")
        { Service = service, Downtime = downtime };
    }

    private static TimelineStep? Retries(string service, TimelineStep outage, DownstreamWalker walker)
    {
        var edges = walker.CallersOf(service).Where(e => e.Retry.RetriesWithoutBackoff).OrderBy(e => e.Caller, StringComparer.Ordinal).ToList();
        if (edges.Count == 0) return null;
        var most = edges.Max(e => e.Retry.CallsPerRequest);
        var who = string.Join("; ", edges.Select(e => $"{e.Caller} retries {e.Retry.Attempts} time{(e.Retry.Attempts == 1 ? "" : "s")} with no delay"));
        var callers = edges.Count == 1 ? $"{edges[0].Caller} sends" : $"Its callers ({string.Join(", ", edges.Select(e => e.Caller))}) send";
        return new TimelineStep(TimelineStepKind.Retries, outage.From, outage.To,
            $"{callers} up to {most}× traffic to {service} meanwhile: {who}.",
            string.Join("; ", edges.Select(e => e.Disagreement is null ? e.Evidence : $"{e.Evidence}; {e.Disagreement}")))
        { Service = service, CallsPerRequest = most, Callers = [.. edges.Select(e => e.Caller)] };
    }

    private static TimelineStep? Rotation(string service, TimelineStep outage, ServiceScan scan)
    {
        // A liveness-only endpoint keeps the load balancer's probe away from the dependency checks.
        if (scan.HealthEndpoints.Any(e => e.LivenessOnly)) return null;
        if (scan.HealthEndpoints.FirstOrDefault(e => e.RunsDependencyChecks) is not { } endpoint) return null;
        var what = outage.Downtime is null ? "the dropped connection" : "the database";
        return new TimelineStep(TimelineStepKind.Rotation, outage.From, outage.To,
            $"Readiness ({endpoint.Path}) includes {what}, so every {service} instance may fail it and leave rotation.",
            $"code: {endpoint.File}:{endpoint.Line}")
        { Service = service };
    }

    private static IReadOnlyList<string> OutageFigures(TimelineStep step, LiveTraffic traffic)
    {
        var service = step.Service!;
        if (traffic.RequestsPerSecond(service) is not { } rate) return [NoFigures(service)];
        if (step.Downtime is not { } downtime)
            return [$"{service} serves {Rate(rate)} req/s: about that many requests fail for every second it takes"];
        var failing = downtime.FromSeconds == downtime.ToSeconds
            ? Count(rate * downtime.FromSeconds)
            : $"{Count(rate * downtime.FromSeconds)}–{Count(rate * downtime.ToSeconds)}";
        return [$"≈ {failing} requests would fail during {downtime.Describe()} (at {Rate(rate)} req/s)"];
    }

    private static IReadOnlyList<string> RetryFigures(TimelineStep step, LiveTraffic traffic)
    {
        var service = step.Service!;
        var figures = new List<string>();
        figures.Add(traffic.RequestsPerSecond(service) is { } rate
            ? $"callers' {step.CallsPerRequest}× retries ≈ {Rate(rate * step.CallsPerRequest)} req/s into {service} (now {Rate(rate)} req/s)"
            : NoFigures(service));
        foreach (var caller in step.Callers)
            figures.Add(traffic.RequestsPerSecond(caller) is { } callerRate
                ? $"{caller} serves {Rate(callerRate)} req/s ({Count(callerRate * 60)} requests/min)"
                : NoFigures(caller));
        return figures;
    }

    private static string NoFigures(string service) => $"no live traffic figures for {service}";

    private static string Count(double requests) => Math.Round(requests).ToString("N0", CultureInfo.InvariantCulture);

    private static string Rate(double perSecond) =>
        perSecond.ToString(perSecond < 10 ? "0.#" : "N0", CultureInfo.InvariantCulture);

    private static string Seconds(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
