namespace Dashboard.Domain.Scanning;

/// <summary>Label values as Azure App Configuration sees them.</summary>
public static class AppConfigLabel
{
    /// <summary>
    /// The "no label" label. App Configuration writes it as <c>\0</c> in filters (<c>LabelFilter.Null</c>),
    /// which keeps it apart from a dynamic label the scanner could not resolve (null).
    /// </summary>
    public const string Null = "\0";

    /// <summary>A label for people: the null label reads as <c>(no label)</c>, an unresolved one as <c>(dynamic)</c>.</summary>
    public static string Describe(string? label) => label switch
    {
        null => "(dynamic)",
        Null => "(no label)",
        _ => label,
    };
}
