namespace Dashboard.Domain.Configuration;

/// <summary>A value a service sees at a configuration path, and the key-value it came from.</summary>
public sealed record LoadedValue(string? Value, KeyLabel Source);
