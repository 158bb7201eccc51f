namespace Dashboard.Domain.Configuration;

/// <summary>Orders labels ordinally with the null label first.</summary>
internal sealed class NullFirstOrdinal : IComparer<string?>
{
    public static NullFirstOrdinal Instance { get; } = new();

    public int Compare(string? x, string? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        _ => string.CompareOrdinal(x, y),
    };
}
