namespace Dashboard.Domain.ConfigMap;

/// <summary>The reverse view: what one service uses, and what the map could not tell about it.</summary>
public sealed record ServiceConfigUsage(string Service, string? OwnerTeam, IReadOnlyList<(MappedKey Key, KeyUsage Usage)> Keys, IReadOnlyList<string> Notes);
