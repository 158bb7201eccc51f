namespace Dashboard.Domain.Scanning;

/// <summary>What an options reload handler does with the resources it owns.</summary>
public enum ReloadClassification
{
    /// <summary>Disposes, closes or nulls a resource before its replacement exists: calls fail until the new one is ready.</summary>
    DisposeBeforeCreate,
    /// <summary>Creates and opens the replacement first, swaps it in, then disposes the old one.</summary>
    CreateThenSwap,
    /// <summary>Replaces no resource (logs, copies values): nothing to race.</summary>
    NoResource,
}
