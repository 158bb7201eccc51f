namespace Billing.Api;

public static class ConfigKeys
{
    public const string Prefix = "Billing";
    public const string BillingNamespace = Prefix + ":*";
    public const string Sentinel = Prefix + ":Sentinel";
}
