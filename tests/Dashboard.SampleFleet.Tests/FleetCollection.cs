namespace Dashboard.SampleFleet.Tests;

/// <summary>The test classes that share one running fleet.</summary>
[CollectionDefinition(Name)]
public sealed class FleetCollection : ICollectionFixture<FleetFixture>
{
    public const string Name = "Running fleet";
}
