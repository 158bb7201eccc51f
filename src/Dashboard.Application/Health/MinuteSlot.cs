using System.Runtime.InteropServices;

namespace Dashboard.Application.Health;

/// <summary>
/// One minute of one series, packed: 28 bytes, so 1,000 services keep 24 h in about 40 MB. <see cref="Minute"/> is
/// minutes since the Unix epoch; a slot whose minute is not the one asked for is empty (the ring has moved past it).
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal struct MinuteSlot
{
    public int Minute;
    public int Requests;
    public int ServerErrors;
    public int ClientErrors;
    /// <summary>NaN when no durations were measured.</summary>
    public float P95Ms;
    public short InRotation;
    public short Instances;
    public byte LivenessFailures;
    public byte State;
    /// <summary>The kind of source whose requests fill this minute (+1; 0 none): request telemetry is not overwritten by probes.</summary>
    public byte RequestSource;
    public byte HasProbes;
}
