namespace Orders.Console;

public static class OrderKeys
{
    public const string Prefix = "Orders";
    public static readonly string Sentinel = Prefix + ":Sentinel";
    public const string Format = Prefix + ":Export:Format";
}
