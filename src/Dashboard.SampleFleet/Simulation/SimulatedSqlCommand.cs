namespace Dashboard.SampleFleet.Simulation;

/// <summary>A command on a <see cref="SimulatedSqlConnection"/>; it needs the connection open when it runs.</summary>
public sealed class SimulatedSqlCommand : IAsyncDisposable
{
    private readonly SimulatedSqlConnection _connection;

    internal SimulatedSqlCommand(SimulatedSqlConnection connection) => _connection = connection;

    public string CommandText { get; set; } = "";

    public SimulatedSqlParameters Parameters { get; } = new();

    public Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _connection.EnsureOpen("ExecuteScalar");
        return Task.FromResult(SimulatedDatabase.Execute(CommandText, Parameters));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
