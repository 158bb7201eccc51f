namespace Dashboard.Domain.Scanning;

/// <summary>
/// A configuration key read in code, as the full path (sections joined with <c>:</c>). <see cref="StoreKey"/> is the
/// App Configuration key it comes from when a <c>TrimKeyPrefix</c> removed a prefix; <see cref="Fallback"/> the
/// default the code gives when the key is missing (<c>?? "x"</c>, <c>GetValue("k", 5)</c>), as written.
/// </summary>
public sealed record ConfigRead(string Key, string File, int Line, ConfigReadKind Kind)
{
    public string? StoreKey { get; init; }
    public string? Fallback { get; init; }
}
