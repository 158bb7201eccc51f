namespace Dashboard.Domain.Reconciliation;

/// <summary>How one transaction ended in a run.</summary>
public enum ItemOutcome
{
    /// <summary>Every planned action was done.</summary>
    Done,
    /// <summary>The transaction changed between the preview and the moment of acting, so nothing was done; the reason says what changed.</summary>
    SkippedChanged,
    /// <summary>An action failed for good (not a transient fault); the reason says why.</summary>
    Failed,
    /// <summary>Handed to a person.</summary>
    Escalated,
}
