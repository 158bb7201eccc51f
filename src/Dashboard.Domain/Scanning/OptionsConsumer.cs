namespace Dashboard.Domain.Scanning;

/// <summary>
/// Code that takes an options type: how (<see cref="Access"/>), and whether it keeps the value it got at start-up
/// (<see cref="CapturedAtStartup"/>: e.g. <c>_rate = options.Value.Rate</c> in a singleton's constructor).
/// </summary>
public sealed record OptionsConsumer(string Type, OptionsAccess Access, bool CapturedAtStartup, string File, int Line);
