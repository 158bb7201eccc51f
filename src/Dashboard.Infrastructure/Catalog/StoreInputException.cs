namespace Dashboard.Infrastructure.Catalog;

/// <summary>A store definition was refused; <see cref="Field"/> names the input to fix (name, endpoint, authentication, environments).</summary>
public sealed class StoreInputException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
