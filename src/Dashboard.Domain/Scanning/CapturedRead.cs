namespace Dashboard.Domain.Scanning;

/// <summary>
/// A configuration value read once and kept (a field set in a singleton's constructor, a top-level statement at
/// start-up, <c>IOptions&lt;T&gt;.Value</c> held in a field): a refresh does not reach it, only a restart does.
/// <see cref="Key"/> is a key or a bound section.
/// </summary>
public sealed record CapturedRead(string Key, string Reason, string File, int Line);
