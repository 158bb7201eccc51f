namespace Dashboard.Infrastructure.ConfigStores;

/// <summary>
/// How a label is kept in the label columns. The null label is stored as the empty string: App Configuration does not
/// tell an empty label from no label, so "" can never clash with a real label. A nullable column would not do: SQLite
/// lets a unique index hold any number of NULLs, so (store, key, null label) could be stored twice.
/// A "\0" sentinel was not used either: SQL Server's linguistic collations ignore NUL characters when comparing.
/// </summary>
internal static class StoredLabel
{
    public const string Null = "";

    public static string From(string? label) => label ?? Null;

    public static string? ToLabel(string stored) => stored.Length == 0 ? null : stored;
}
