using System.Collections.Frozen;

namespace Dashboard.Domain.Incidents;

/// <summary>
/// Which status may follow which. Forward steps may skip (a fix found and shipped at once goes straight to monitoring);
/// going back is allowed when the picture changes (the cause was wrong, the errors came back); a resolved incident may
/// only be reopened, as investigating.
/// </summary>
public static class IncidentTransitions
{
    private static readonly FrozenDictionary<IncidentStatus, FrozenSet<IncidentStatus>> _allowed =
        new Dictionary<IncidentStatus, FrozenSet<IncidentStatus>>
        {
            [IncidentStatus.Investigating] = Set(IncidentStatus.Identified, IncidentStatus.Monitoring, IncidentStatus.Resolved),
            [IncidentStatus.Identified] = Set(IncidentStatus.Investigating, IncidentStatus.Monitoring, IncidentStatus.Resolved),
            [IncidentStatus.Monitoring] = Set(IncidentStatus.Investigating, IncidentStatus.Identified, IncidentStatus.Resolved),
            [IncidentStatus.Resolved] = Set(IncidentStatus.Investigating),
        }.ToFrozenDictionary();

    public static IReadOnlySet<IncidentStatus> AllowedFrom(IncidentStatus status) => _allowed[status];

    public static bool IsAllowed(IncidentStatus from, IncidentStatus to) => _allowed[from].Contains(to);

    /// <summary>Naming the cause, resolving and reopening each need words: what the cause is, what fixed it, why it is back.</summary>
    public static bool NeedsNote(IncidentStatus from, IncidentStatus to) =>
        to is IncidentStatus.Identified or IncidentStatus.Resolved || from == IncidentStatus.Resolved;

    private static FrozenSet<IncidentStatus> Set(params IncidentStatus[] statuses) => statuses.ToFrozenSet();
}
