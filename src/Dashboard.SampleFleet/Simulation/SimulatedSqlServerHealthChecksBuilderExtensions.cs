using Dashboard.SampleFleet.Simulation;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// <c>AddSimulatedSqlServer</c>: the demo's stand-in for AspNetCore.HealthChecks.SqlServer's <c>AddSqlServer</c>,
/// checking a <see cref="SimulatedSqlConnection"/> database instead of a real one.
/// </summary>
public static class SimulatedSqlServerHealthChecksBuilderExtensions
{
    public static IHealthChecksBuilder AddSimulatedSqlServer(
        this IHealthChecksBuilder builder, string connectionString, string? name = null, IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddCheck(name ?? "sqlserver", new SimulatedSqlServerHealthCheck(connectionString), HealthStatus.Unhealthy, tags ?? []);
    }
}
