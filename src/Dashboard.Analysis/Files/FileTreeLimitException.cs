namespace Dashboard.Analysis.Files;

/// <summary>
/// A folder is over one of the limits a reader works within; <see cref="Limit"/> names it (e.g. <c>total size</c>) so a
/// caller can say which setting to change or which smaller folder to give.
/// </summary>
public sealed class FileTreeLimitException(string limit, string message) : Exception(message)
{
    public string Limit { get; } = limit;
}
