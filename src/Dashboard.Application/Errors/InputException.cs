namespace Dashboard.Application.Errors;

/// <summary>The request itself is wrong (an unknown store, a bad key, a value too large…); <see cref="Field"/> names the input to fix.</summary>
public sealed class InputException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
