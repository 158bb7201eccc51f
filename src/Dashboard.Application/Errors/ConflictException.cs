namespace Dashboard.Application.Errors;

/// <summary>
/// The step lost a race: what it acted on changed meanwhile (<see cref="Current"/>, when known, is what it holds now, so the
/// caller can show it or rebase onto it). Nothing was saved.
/// </summary>
public sealed class ConflictException(string message, object? current = null, Exception? innerException = null)
    : Exception(message, innerException)
{
    public object? Current { get; } = current;
}
