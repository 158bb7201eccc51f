namespace Dashboard.SampleFleet.Simulation;

/// <summary>
/// The procedures the demo services call. Amounts follow from the invoice id, so the same invoice always costs the
/// same and nothing needs to be stored.
/// </summary>
internal static class SimulatedDatabase
{
    public static object? Execute(string commandText, SimulatedSqlParameters parameters) => commandText.Trim() switch
    {
        "SELECT 1" => 1,
        "EXEC ledger.OpenCharge @invoiceId, @taxRate" =>
            Math.Round(NetAmount(parameters.Value<string>("@invoiceId")) * (1 + parameters.Value<decimal>("@taxRate")), 2),
        "EXEC ledger.InvoiceNet @invoiceId" => NetAmount(parameters.Value<string>("@invoiceId")),
        var other => throw new InvalidOperationException($"The simulated database has no procedure for '{other}'."),
    };

    // Between 10.00 and 509.99, fixed per invoice id.
    private static decimal NetAmount(string invoiceId)
    {
        var hash = invoiceId.Aggregate(17, (h, c) => unchecked((h * 31) + c));
        return 10m + (Math.Abs(hash % 50_000) / 100m);
    }
}
