namespace Dashboard.Domain.ConfigStores;

/// <summary>How a label reads in messages: the null label is a label of its own, not "any label".</summary>
public static class ConfigLabel
{
    public static string Describe(string? label) => label is null ? "(no label)" : $"(label '{label}')";

    public static string DescribeSetting(string key, string? label) => $"key '{key}' {Describe(label)}";
}
