using Dashboard.Domain.Health;
using Dashboard.Domain.Incidents;

namespace Dashboard.Application.Health;

/// <summary>
/// Everything the store keeps for one service in one environment: a ring of minute slots, the instances' latest
/// answers, the recent states and the current assessment. Not thread-safe by itself: callers hold <see cref="Gate"/>.
/// </summary>
internal sealed class EndpointSeries
{
    private readonly MinuteSlot[] _ring;
    private readonly Dictionary<string, InstanceTrack> _instances = new(StringComparer.OrdinalIgnoreCase);
    private readonly Queue<StateObservation> _states = new();
    private readonly HashSet<string> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SyntheticCheckResult> _syntheticChecks = new(StringComparer.OrdinalIgnoreCase);
    private bool _requestTelemetrySeen;

    public EndpointSeries(WatchedEndpoint watched, int retainedMinutes)
    {
        Watched = watched;
        _ring = new MinuteSlot[retainedMinutes];
    }

    public Lock Gate { get; } = new();
    public WatchedEndpoint Watched { get; set; }
    public HealthAssessment? Assessment { get; private set; }
    public DateTimeOffset Since { get; private set; }
    public RequestMetrics? Requests { get; private set; }
    public IReadOnlyList<InstanceHealth> Instances { get; private set; } = [];
    public IReadOnlyCollection<string> Sources => _sources;
    public IReadOnlyList<StateObservation> RecentStates => [.. _states];
    public IReadOnlyList<SyntheticCheckResult> SyntheticChecks => [.. _syntheticChecks.Values.OrderBy(c => c.Name, StringComparer.Ordinal)];

    public static int MinuteOf(DateTimeOffset at) => (int)(at.ToUnixTimeSeconds() / 60);

    public static DateTimeOffset StartOf(int minute) => DateTimeOffset.FromUnixTimeSeconds(minute * 60L);

    public void AddSource(string source) => _sources.Add(source);

    /// <summary>A probe run's answers replace the instance set: instances no longer probed are forgotten.</summary>
    public void RecordProbes(IReadOnlyList<InstanceProbe> probes, DateTimeOffset now)
    {
        foreach (var gone in _instances.Keys.Except(probes.Select(p => p.Instance), StringComparer.OrdinalIgnoreCase).ToList())
            _instances.Remove(gone);
        foreach (var probe in probes)
        {
            if (!_instances.TryGetValue(probe.Instance, out var track))
                _instances[probe.Instance] = track = new InstanceTrack(probe.Instance);
            track.Record(probe);
        }
        ref var slot = ref Slot(MinuteOf(now));
        slot.HasProbes = 1;
        slot.Instances = (short)Math.Min(probes.Count, short.MaxValue);
        slot.InRotation = (short)probes.Count(p => p.Readiness is { Passed: true });
        slot.LivenessFailures = (byte)Math.Min(probes.Count(p => p.Liveness is { Passed: false }), byte.MaxValue);
    }

    /// <summary>A probe run's synthetic checks replace the set: checks no longer configured are forgotten.</summary>
    public void RecordSyntheticChecks(IReadOnlyList<SyntheticCheckResult> checks)
    {
        _syntheticChecks.Clear();
        foreach (var check in checks) _syntheticChecks[check.Name] = check;
    }

    /// <summary>Request telemetry is not overwritten by synthetic checks for the same minute.</summary>
    public void RecordRequests(RequestSample sample, HealthSourceKind kind, DateTimeOffset now)
    {
        // Once the service's own request telemetry has been seen, synthetic checks stop filling its request series: a minute
        // without traffic has no telemetry row, and the dashboard's checks must not stand in for it (a soak judges real traffic).
        if (kind == HealthSourceKind.RequestTelemetry) _requestTelemetrySeen = true;
        else if (_requestTelemetrySeen) return;
        var minute = MinuteOf(sample.Minute);
        var source = (byte)(kind + 1);
        if (!IsRetained(minute, MinuteOf(now))) return;
        ref var slot = ref Slot(minute);
        if (slot.RequestSource > source) return;
        slot.RequestSource = source;
        slot.Requests = Clamp(sample.Requests);
        slot.ServerErrors = Clamp(sample.ServerErrors);
        slot.ClientErrors = Clamp(sample.ClientErrors);
        slot.P95Ms = sample.P95Ms is { } p95 ? (float)p95 : float.NaN;
    }

    /// <summary>Judges the service now; returns the transition when its state changed.</summary>
    public HealthTransition? Evaluate(DateTimeOffset now, HealthSeriesOptions options)
    {
        Instances = [.. _instances.Values.Select(i => i.ToHealth(now - options.ProbeStaleAfter)).OrderBy(i => i.Instance, StringComparer.Ordinal)];
        Requests = RequestWindow(MinuteOf(now), Math.Max(1, (int)Math.Ceiling(options.RequestWindow.TotalMinutes)), (int)options.RequestLag.TotalMinutes);
        var signals = new HealthSignals(Watched.Service, Watched.Environment, Instances, Requests, Watched.Readiness, Watched.ReadinessPath)
        {
            // A result older than the probes' staleness limit no longer says anything about the service now.
            SyntheticChecks = [.. _syntheticChecks.Values.Where(c => c.At >= now - options.ProbeStaleAfter)],
        };
        var assessment = HealthEvaluator.Evaluate(signals, Watched.Thresholds, now, options.Evaluation);
        var previous = Assessment?.State ?? HealthState.NoData;
        Assessment = assessment;

        _states.Enqueue(new StateObservation(now, assessment.State));
        while (_states.Count > options.RecentStates) _states.Dequeue();
        ref var slot = ref Slot(MinuteOf(now));
        if (assessment.State.Severity() >= ((HealthState)slot.State).Severity()) slot.State = (byte)assessment.State;

        if (previous == assessment.State && Since != default) return null;
        Since = now;
        return previous == assessment.State ? null : new HealthTransition(Watched.Service, Watched.Environment, previous, assessment.State, now, assessment.Reason);
    }

    public bool TryGet(int minute, out MinuteSlot slot)
    {
        slot = _ring[Index(minute)];
        return slot.Minute == minute && minute != 0;
    }

    /// <summary>Writes a saved rollup back, unless the ring already holds newer data for that minute.</summary>
    public void Restore(HealthRollup rollup)
    {
        var minute = MinuteOf(rollup.Minute);
        if (TryGet(minute, out _) || _ring[Index(minute)].Minute > minute) return;
        _ring[Index(minute)] = new MinuteSlot
        {
            Minute = minute,
            Requests = rollup.Requests,
            ServerErrors = rollup.ServerErrors,
            ClientErrors = rollup.ClientErrors,
            P95Ms = rollup.P95Ms is { } p95 ? (float)p95 : float.NaN,
            InRotation = (short)rollup.InRotation,
            Instances = (short)rollup.Instances,
            LivenessFailures = (byte)Math.Min(rollup.LivenessFailures, byte.MaxValue),
            State = (byte)rollup.State,
            RequestSource = (byte)(HealthSourceKind.RequestTelemetry + 1),
            HasProbes = (byte)(rollup.Instances > 0 ? 1 : 0),
        };
    }

    /// <summary>The <paramref name="minutes"/> ending at the newest minute with request data, at most <paramref name="lag"/> minutes back.</summary>
    private RequestMetrics? RequestWindow(int nowMinute, int minutes, int lag)
    {
        var newest = nowMinute;
        while (!(TryGet(newest, out var latest) && latest.RequestSource != 0))
        {
            if (--newest < nowMinute - lag) return null;
        }
        long requests = 0, serverErrors = 0, clientErrors = 0;
        double? p95 = null;
        var any = false;
        for (var minute = newest - minutes + 1; minute <= newest; minute++)
        {
            if (!TryGet(minute, out var slot) || slot.RequestSource == 0) continue;
            any = true;
            requests += slot.Requests;
            serverErrors += slot.ServerErrors;
            clientErrors += slot.ClientErrors;
            // Minute p95s cannot be merged exactly: the window reports the worst minute's.
            if (!float.IsNaN(slot.P95Ms) && slot.Requests > 0) p95 = Math.Max(p95 ?? 0, slot.P95Ms);
        }
        return any
            ? new RequestMetrics(requests, serverErrors, clientErrors, p95, TimeSpan.FromMinutes(minutes), newest == nowMinute ? null : StartOf(newest + 1))
            : null;
    }

    private bool IsRetained(int minute, int newest) => minute > newest - _ring.Length && minute <= newest;

    private ref MinuteSlot Slot(int minute)
    {
        ref var slot = ref _ring[Index(minute)];
        if (slot.Minute != minute)
            slot = new MinuteSlot { Minute = minute, P95Ms = float.NaN };
        return ref slot;
    }

    private int Index(int minute) => (int)((uint)minute % (uint)_ring.Length);

    private static int Clamp(long value) => (int)Math.Clamp(value, 0, int.MaxValue);
}
