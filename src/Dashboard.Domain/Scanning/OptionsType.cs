namespace Dashboard.Domain.Scanning;

/// <summary>
/// An options type declared in the service's code and the configuration keys binding fills, relative to the bound
/// section: its settable properties (or their <c>[ConfigurationKeyName]</c>), nested types as <c>Retry:Count</c>,
/// and <c>Items:*</c> for a collection or dictionary or a type the scanner cannot see into.
/// </summary>
public sealed record OptionsType(string Name, IReadOnlyList<string> Keys, string File, int Line)
{
    /// <summary>Whether binding this type reads the key at <paramref name="relativePath"/> under its section (ignoring case, as configuration does).</summary>
    public bool Binds(string relativePath) => Keys.Any(key =>
        key.EndsWith(":*", StringComparison.Ordinal)
            ? relativePath.StartsWith(key[..^1], StringComparison.OrdinalIgnoreCase) || relativePath.Equals(key[..^2], StringComparison.OrdinalIgnoreCase)
            : relativePath.Equals(key, StringComparison.OrdinalIgnoreCase));
}
