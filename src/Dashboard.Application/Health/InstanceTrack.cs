using Dashboard.Domain.Health;

namespace Dashboard.Application.Health;

/// <summary>One instance's latest probe answers and since when it has been alive (when seen coming up), or not ready, without a break.</summary>
internal sealed class InstanceTrack(string instance)
{
    private ProbeCheck? _liveness;
    private ProbeCheck? _readiness;
    private DateTimeOffset? _aliveSince;
    private DateTimeOffset? _notReadySince;
    private bool _readySinceAlive;

    public void Record(InstanceProbe probe)
    {
        if (probe.Liveness is { } liveness)
        {
            if (!liveness.Passed)
            {
                _aliveSince = null;
                _readySinceAlive = false;
            }
            else if (_liveness is { Passed: false })
            {
                // Seen coming up. An instance already alive when first seen may have been up for hours: its start stays unknown.
                _aliveSince = liveness.At;
                _readySinceAlive = false;
            }
            _liveness = liveness;
        }
        if (probe.Readiness is { } readiness)
        {
            if (readiness.Passed)
            {
                _notReadySince = null;
                _readySinceAlive |= _aliveSince is not null;
            }
            else if (_readiness is not { Passed: false } || _notReadySince is null) _notReadySince = readiness.At;
            _readiness = readiness;
        }
    }

    /// <summary>The instance as the evaluator sees it; answers older than <paramref name="staleBefore"/> no longer count.</summary>
    public InstanceHealth ToHealth(DateTimeOffset staleBefore) => new(
        instance,
        _liveness is { } l && l.At >= staleBefore ? l : null,
        _readiness is { } r && r.At >= staleBefore ? r : null,
        _aliveSince,
        _notReadySince,
        _readySinceAlive);
}
