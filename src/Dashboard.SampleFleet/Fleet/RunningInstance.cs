namespace Dashboard.SampleFleet.Fleet;

/// <summary>One running instance of a service: its own host, configuration, refresh and connections.</summary>
public sealed record RunningInstance(string Name, int Number, Uri Url, WebApplication App);
