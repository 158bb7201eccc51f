using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Billing.Api.Data;

public sealed class LedgerHealthCheck(LedgerConnection ledger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await ledger.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (InvalidOperationException ex)
        {
            return HealthCheckResult.Unhealthy("The ledger database does not answer.", ex);
        }
    }
}
