using System.Data;
using System.Data.Common;
using System.Globalization;

namespace Dashboard.SampleFleet.Simulation;

/// <summary>
/// Stands in for a SqlClient connection to Azure SQL with managed identity, which the demo cannot reach. Open blocks
/// its thread for as long as getting a token and connecting takes (<c>Simulated Connect Seconds=8-12</c> in the
/// connection string, a random time in that range); a command on a connection that is not open fails the way SqlClient's
/// does. The databases' procedures are answered by <see cref="SimulatedDatabase"/>.
/// </summary>
public sealed class SimulatedSqlConnection : IDisposable
{
    public const string ConnectSecondsKey = "Simulated Connect Seconds";

    private readonly (double Min, double Max) _connectSeconds;

    public SimulatedSqlConnection(string connectionString)
    {
        var parts = new DbConnectionStringBuilder { ConnectionString = connectionString };
        DataSource = parts.TryGetValue("Server", out var server) ? Convert.ToString(server, CultureInfo.InvariantCulture) ?? "" : "";
        _connectSeconds = parts.TryGetValue(ConnectSecondsKey, out var seconds)
            ? ParseRange(Convert.ToString(seconds, CultureInfo.InvariantCulture) ?? "0")
            : (0, 0);
    }

    public string DataSource { get; }

    public ConnectionState State { get; private set; } = ConnectionState.Closed;

    /// <summary>Connects; like SqlConnection.Open, the calling thread waits the whole time.</summary>
    public void Open()
    {
        ObjectDisposedException.ThrowIf(State == ConnectionState.Broken, this);
        State = ConnectionState.Connecting;
        var seconds = _connectSeconds.Min + Random.Shared.NextDouble() * (_connectSeconds.Max - _connectSeconds.Min);
        // The point of the simulation: a connect that holds its thread for seconds, as token acquisition did in the outage.
        Thread.Sleep(TimeSpan.FromSeconds(seconds));
        if (State == ConnectionState.Connecting)
            State = ConnectionState.Open;
    }

    public SimulatedSqlCommand CreateCommand() => new(this);

    public void Dispose() => State = ConnectionState.Broken;

    /// <summary>"8-12" or "2.5": seconds, invariant culture.</summary>
    public static (double Min, double Max) ParseRange(string text)
    {
        var bounds = text.Split('-', 2, StringSplitOptions.TrimEntries);
        var min = double.Parse(bounds[0], NumberStyles.Float, CultureInfo.InvariantCulture);
        var max = bounds.Length == 2 ? double.Parse(bounds[1], NumberStyles.Float, CultureInfo.InvariantCulture) : min;
        return min >= 0 && max >= min
            ? (min, max)
            : throw new FormatException($"'{text}' is not a connect time range in seconds such as 8-12.");
    }

    internal void EnsureOpen(string operation)
    {
        if (State != ConnectionState.Open)
            throw new InvalidOperationException(
                $"{operation} requires an open and available Connection. The connection's current state is {(State == ConnectionState.Broken ? "closed" : State.ToString().ToUpperInvariant())}.");
    }
}
