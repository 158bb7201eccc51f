namespace Checkout.Api.Pricing;

public sealed class CheckoutOptions
{
    public string Currency { get; set; } = "EUR";
    public decimal MinimumOrder { get; set; }
    public ShippingRules Shipping { get; set; } = new();
}

public sealed class ShippingRules
{
    public decimal FreeAbove { get; set; } = 50m;
    public Dictionary<string, decimal> Surcharges { get; set; } = [];
}
