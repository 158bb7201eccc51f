namespace Billing.Functions;

public sealed class InvoiceRunOptions
{
    public int BatchSize { get; set; } = 100;
    public string Currency { get; set; } = "EUR";
    public string[] SkipCustomers { get; set; } = [];
}
