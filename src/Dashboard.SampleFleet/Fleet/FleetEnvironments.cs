namespace Dashboard.SampleFleet.Fleet;

/// <summary>The environments the fleet runs; each reads the store's label of the same name.</summary>
public static class FleetEnvironments
{
    public const string Staging = "staging";
    public const string Production = "production";

    public static IReadOnlyList<string> All { get; } = [Staging, Production];
}
