namespace Dashboard.Domain.Incidents;

/// <summary>How a service lies in a change's blast radius, strongest first: the order suspected changes are ranked by.</summary>
public enum RadiusKind
{
    /// <summary>The change reloads the service's configuration at once (a sentinel, a watched key, RegisterAll, a feature flag).</summary>
    Reload,
    /// <summary>The service reads the key, but picks the change up only on a refresh or a restart.</summary>
    Direct,
    /// <summary>The service calls into a service the change reaches.</summary>
    Downstream,
}
