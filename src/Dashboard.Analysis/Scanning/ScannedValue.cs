namespace Dashboard.Analysis.Scanning;

// A value read from code: known (literal or constant, possibly null) or computed at run time.
internal readonly record struct ScannedValue<T>(bool IsKnown, T? Value)
{
    public static ScannedValue<T> Known(T? value) => new(true, value);
    public static readonly ScannedValue<T> Dynamic = new(false, default);
}
