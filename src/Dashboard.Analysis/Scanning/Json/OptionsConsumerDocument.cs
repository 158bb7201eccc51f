namespace Dashboard.Analysis.Scanning.Json;

/// <summary>Where options are taken: <see cref="Access"/> <c>options</c>, <c>snapshot</c> or <c>monitor</c>; kept from start-up or not.</summary>
public sealed record OptionsConsumerDocument(string Type, string Access, bool CapturedAtStartup, string File, int Line);
