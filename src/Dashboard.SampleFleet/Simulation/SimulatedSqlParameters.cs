namespace Dashboard.SampleFleet.Simulation;

/// <summary>A command's named parameters.</summary>
public sealed class SimulatedSqlParameters
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.OrdinalIgnoreCase);

    public void AddWithValue(string parameterName, object? value) => _values[parameterName] = value;

    internal T Value<T>(string parameterName) =>
        _values.TryGetValue(parameterName, out var value) && value is T typed
            ? typed
            : throw new InvalidOperationException($"The command needs the parameter {parameterName} of type {typeof(T).Name}.");
}
