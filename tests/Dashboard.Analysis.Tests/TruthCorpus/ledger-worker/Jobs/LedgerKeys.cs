namespace Ledger.Worker.Jobs;

public static class LedgerKeys
{
    public const string Namespace = "Ledger:*";
    public static readonly string Sentinel = "Ledger:Sentinel";
    public static readonly string BatchSize = "Ledger:Reconcile:BatchSize";
}
