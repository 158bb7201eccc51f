namespace Billing.Api.Data;

public sealed class LedgerOptions
{
    public string ConnectionString { get; set; } = "";
    public int CommandTimeoutSeconds { get; set; } = 30;
}
