namespace Dashboard.Domain.Incidents;

/// <summary>What a timeline entry records.</summary>
public enum TimelineEntryKind
{
    Opened,
    HealthTransition,
    /// <summary>A config change applied through the pipeline.</summary>
    ConfigChange,
    /// <summary>A config change made outside the pipeline (e.g. in the Azure portal).</summary>
    OutOfBandChange,
    ProposalStep,
    Note,
    StatusChange,
    SeverityChange,
    CommanderAssigned,
    ServiceAdded,
}
