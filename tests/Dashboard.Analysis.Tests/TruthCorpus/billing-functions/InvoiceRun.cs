using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Billing.Functions;

public sealed class InvoiceRun(IOptionsMonitor<InvoiceRunOptions> options, ILogger<InvoiceRun> logger)
{
    [Function("NightlyInvoices")]
    public Task RunAsync([TimerTrigger("%Billing:Functions:Schedule%")] TimerInfo timer)
    {
        var run = options.CurrentValue;
        logger.LogInformation("Invoicing {Count} customers in {Currency}", run.BatchSize, run.Currency);
        return Task.CompletedTask;
    }

    [Function("ChargeQueue")]
    public Task ChargeAsync([ServiceBusTrigger("%Billing__Functions__ChargeQueue%", Connection = "BillingServiceBus")] string message)
    {
        logger.LogInformation("Charging {Message}", message);
        return Task.CompletedTask;
    }
}
