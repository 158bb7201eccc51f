namespace Dashboard.Domain.Configuration;

/// <summary>The identity of a key-value in a store: its key and its label (null for the null label).</summary>
public readonly record struct KeyLabel(string Key, string? Label)
{
    public override string ToString() => Label is null ? $"{Key} (no label)" : $"{Key} [{Label}]";
}
