namespace Dashboard.Domain.ConfigStores;

/// <summary>
/// What was asked of which store, so every error names the store (its catalog name, not its host), the setting and
/// whether it was a read or a write.
/// </summary>
public sealed record ConfigStoreRequest(string Store, ConfigStoreOperation Operation, string? Key = null, string? Label = null)
{
    /// <summary>How the client authenticated, told on 401 and 403 (never the secret itself).</summary>
    public string? Credential { get; init; }

    public static ConfigStoreRequest Read(string store, string? key = null, string? label = null) => new(store, ConfigStoreOperation.Read, key, label);

    public static ConfigStoreRequest Write(string store, string key, string? label) => new(store, ConfigStoreOperation.Write, key, label);

    /// <summary>"key 'k' (label 'l')", or "its settings" for a listing.</summary>
    public string Subject => Key is null ? "its settings" : ConfigLabel.DescribeSetting(Key, Label);

    /// <summary>Reads "could not be read", writes "refused the write": the two call for different actions.</summary>
    public string Failed => Operation == ConfigStoreOperation.Read
        ? $"Store '{Store}' could not be read ({Subject})"
        : $"Store '{Store}' refused the write of {Subject}";
}
