using Dashboard.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dashboard.Web.Health;

/// <summary>Readiness only: the database is a dependency, so liveness never runs this.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<DashboardDbContext> contextFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            if (!await db.Database.CanConnectAsync(cancellationToken))
                return HealthCheckResult.Unhealthy("The dashboard database cannot be reached.");
            var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
            return pending.Any()
                ? HealthCheckResult.Unhealthy($"The dashboard database is missing migrations: {string.Join(", ", pending)}.")
                : HealthCheckResult.Healthy("The dashboard database is reachable and up to date.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The dashboard database cannot be reached: {ex.GetBaseException().Message}");
        }
    }
}
