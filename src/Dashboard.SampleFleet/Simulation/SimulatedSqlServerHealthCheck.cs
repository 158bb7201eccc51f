using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dashboard.SampleFleet.Simulation;

/// <summary>Checks a simulated database as the SQL Server health check checks a real one: connect, then SELECT 1.</summary>
internal sealed class SimulatedSqlServerHealthCheck(string connectionString) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var connection = new SimulatedSqlConnection(connectionString);
            connection.Open();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (InvalidOperationException ex)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The database does not answer SELECT 1.", ex);
        }
    }
}
