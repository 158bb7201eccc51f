namespace Dashboard.Application.Errors;

/// <summary>What the request names does not exist; <see cref="What"/> says what kind of thing was looked for.</summary>
public sealed class NotFoundException(string what, string message) : Exception(message)
{
    public string What { get; } = what;
}
