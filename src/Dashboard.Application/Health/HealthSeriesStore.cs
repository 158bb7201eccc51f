using System.Collections.Concurrent;
using Dashboard.Application.Live;
using Dashboard.Domain.Health;
using Dashboard.Domain.Incidents;

namespace Dashboard.Application.Health;

/// <summary>
/// Recent health of every watched service and environment, shared by every circuit (a singleton): per-minute series
/// of requests, error rates, p95 and instances for 24 h in compact rings, the current state computed with the domain's
/// <see cref="HealthEvaluator"/>, and the state transitions. Each reading publishes a <see cref="FeedTopic.Health"/>
/// event per service it touched, so open pages update through the live feed's throttled subscriptions.
/// </summary>
public sealed class HealthSeriesStore
{
    private const int RetainedTransitions = 2000;

    private readonly ConcurrentDictionary<string, EndpointSeries> _series = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, HealthSourceStatus> _sources = new(StringComparer.Ordinal);
    private readonly Lock _transitionsGate = new();
    private readonly Queue<HealthTransition> _transitions = new();
    private readonly Lock _watchGate = new();
    private readonly ILiveFeed _feed;
    private readonly TimeProvider _time;
    private readonly HealthSeriesOptions _options;

    public HealthSeriesStore(ILiveFeed feed, TimeProvider time, HealthSeriesOptions options)
    {
        if (options.RetainedMinutes < 60)
            throw new ArgumentOutOfRangeException(nameof(options), options.RetainedMinutes, "Keep at least 60 minutes of health series.");
        _feed = feed;
        _time = time;
        _options = options;
    }

    /// <summary>Follows the catalog: new endpoints start with no data, endpoints gone from it are dropped, thresholds and wiring refresh.</summary>
    public void Watch(HealthWatchList watchList)
    {
        lock (_watchGate)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var endpoint in watchList.Endpoints)
            {
                var key = Key(endpoint.Service, endpoint.Environment);
                keys.Add(key);
                var series = _series.GetOrAdd(key, _ => new EndpointSeries(endpoint, _options.RetainedMinutes));
                lock (series.Gate) series.Watched = endpoint;
            }
            foreach (var stale in _series.Keys.Where(k => !keys.Contains(k)).ToList())
                _series.TryRemove(stale, out _);
        }
    }

    /// <summary>
    /// Records a source's reading, judges every watched service again (so answers that went stale count as no data),
    /// and returns the transitions. Observations of services the catalog does not list are ignored.
    /// </summary>
    public IReadOnlyList<HealthTransition> Apply(HealthSourceReading reading)
    {
        var now = _time.GetUtcNow();
        _sources[reading.Status.Source] = reading.Status;
        var touched = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var observation in reading.Observations)
        {
            if (!_series.TryGetValue(Key(observation.Service, observation.Environment), out var series)) continue;
            lock (series.Gate)
            {
                series.AddSource(reading.Status.Source);
                if (reading.Status.Kind == HealthSourceKind.Probes)
                {
                    series.RecordProbes(observation.Instances, now);
                    series.RecordSyntheticChecks(observation.SyntheticChecks);
                }
                foreach (var sample in observation.Requests) series.RecordRequests(sample, reading.Status.Kind, now);
            }
            touched.Add(series.Watched.Service);
        }
        var transitions = new List<HealthTransition>();
        foreach (var series in _series.Values)
        {
            HealthTransition? transition;
            lock (series.Gate) transition = series.Evaluate(now, _options);
            if (transition is null) continue;
            transitions.Add(transition);
            touched.Add(transition.Service);
        }
        Remember(transitions);
        foreach (var service in touched) _feed.Publish(new FeedEvent(FeedTopic.Health, service, now));
        return transitions;
    }

    /// <summary>Every watched service and environment now, ordered by service then environment.</summary>
    public IReadOnlyList<ServiceHealth> Current() =>
        [.. _series.Values.Select(Snapshot).OrderBy(h => h.Service, StringComparer.Ordinal).ThenBy(h => h.Environment, StringComparer.Ordinal)];

    public ServiceHealth? Current(string service, string environment) =>
        _series.TryGetValue(Key(service, environment), out var series) ? Snapshot(series) : null;

    /// <summary>The latest status of every source that has run.</summary>
    public IReadOnlyList<HealthSourceStatus> Sources => [.. _sources.Values.OrderBy(s => s.Source, StringComparer.Ordinal)];

    /// <summary>The service's recent states in the environment, oldest first: what the incident opening rule debounces.</summary>
    public IReadOnlyList<StateObservation> RecentStates(string service, string environment)
    {
        if (!_series.TryGetValue(Key(service, environment), out var series)) return [];
        lock (series.Gate) return series.RecentStates;
    }

    public IReadOnlyList<HealthTransition> TransitionsSince(DateTimeOffset since)
    {
        lock (_transitionsGate) return [.. _transitions.Where(t => t.At >= since)];
    }

    /// <summary>One point per minute from <paramref name="from"/> to <paramref name="to"/> (clamped to what is retained); null where nothing was recorded.</summary>
    public IReadOnlyList<SeriesPoint> Series(string service, string environment, HealthMetric metric, DateTimeOffset from, DateTimeOffset to)
    {
        if (!_series.TryGetValue(Key(service, environment), out var series)) return [];
        var last = EndpointSeries.MinuteOf(to);
        var first = Math.Max(EndpointSeries.MinuteOf(from), last - _options.RetainedMinutes + 1);
        var points = new List<SeriesPoint>(Math.Max(0, last - first + 1));
        lock (series.Gate)
        {
            for (var minute = first; minute <= last; minute++)
                points.Add(new SeriesPoint(EndpointSeries.StartOf(minute), series.TryGet(minute, out var slot) ? ValueOf(slot, metric) : null));
        }
        return points;
    }

    /// <summary>The recorded minutes from <paramref name="from"/> on, for a rollup store.</summary>
    public IReadOnlyList<HealthRollup> Rollups(DateTimeOffset from, DateTimeOffset to)
    {
        var rollups = new List<HealthRollup>();
        var last = EndpointSeries.MinuteOf(to);
        var first = Math.Max(EndpointSeries.MinuteOf(from), last - _options.RetainedMinutes + 1);
        foreach (var series in _series.Values)
        {
            lock (series.Gate)
            {
                for (var minute = first; minute <= last; minute++)
                {
                    if (!series.TryGet(minute, out var slot)) continue;
                    rollups.Add(new HealthRollup(series.Watched.Service, series.Watched.Environment, EndpointSeries.StartOf(minute), slot.Requests, slot.ServerErrors,
                        slot.ClientErrors, float.IsNaN(slot.P95Ms) ? null : slot.P95Ms, slot.InRotation, slot.Instances, slot.LivenessFailures, (HealthState)slot.State));
                }
            }
        }
        return rollups;
    }

    /// <summary>Puts saved rollups back after a restart; minutes the store already holds are kept.</summary>
    public void Restore(IEnumerable<HealthRollup> rollups)
    {
        foreach (var rollup in rollups)
        {
            if (!_series.TryGetValue(Key(rollup.Service, rollup.Environment), out var series)) continue;
            lock (series.Gate) series.Restore(rollup);
        }
    }

    private ServiceHealth Snapshot(EndpointSeries series)
    {
        lock (series.Gate)
        {
            var assessment = series.Assessment ?? HealthEvaluator.Evaluate(
                new HealthSignals(series.Watched.Service, series.Watched.Environment, [], null, series.Watched.Readiness, series.Watched.ReadinessPath),
                series.Watched.Thresholds, _time.GetUtcNow(), _options.Evaluation);
            var sources = series.Sources.Select(s => _sources.GetValueOrDefault(s)).OfType<HealthSourceStatus>().OrderBy(s => s.Source, StringComparer.Ordinal).ToList();
            return new ServiceHealth(assessment, series.Since, series.Requests, series.Instances, sources) { SyntheticChecks = series.SyntheticChecks };
        }
    }

    private void Remember(List<HealthTransition> transitions)
    {
        if (transitions.Count == 0) return;
        lock (_transitionsGate)
        {
            foreach (var transition in transitions) _transitions.Enqueue(transition);
            while (_transitions.Count > RetainedTransitions) _transitions.Dequeue();
        }
    }

    private static double? ValueOf(MinuteSlot slot, HealthMetric metric) => metric switch
    {
        HealthMetric.RequestsPerMinute => slot.RequestSource == 0 ? null : slot.Requests,
        HealthMetric.ServerErrorRate => slot.Requests == 0 ? null : (double)slot.ServerErrors / slot.Requests,
        HealthMetric.ClientErrorRate => slot.Requests == 0 ? null : (double)slot.ClientErrors / slot.Requests,
        HealthMetric.P95Ms => float.IsNaN(slot.P95Ms) || slot.Requests == 0 ? null : slot.P95Ms,
        HealthMetric.InstancesInRotation => slot.HasProbes == 0 ? null : slot.InRotation,
        HealthMetric.Instances => slot.HasProbes == 0 ? null : slot.Instances,
        HealthMetric.LivenessFailures => slot.HasProbes == 0 ? null : slot.LivenessFailures,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown health metric."),
    };

    private static string Key(string service, string environment) =>
        string.Concat(service.ToLowerInvariant(), "\u001f", environment.ToLowerInvariant());
}
