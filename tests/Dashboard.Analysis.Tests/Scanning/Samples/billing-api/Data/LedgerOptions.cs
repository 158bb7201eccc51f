namespace Billing.Api.Data;

public sealed class LedgerOptions
{
    public const string Section = "Billing:Ledger";

    public string ConnectionString { get; set; } = "";
}
