namespace Billing.Api.Tax;

public sealed class TaxRateProvider(IConfiguration configuration)
{
    private const string DefaultRateKey = "tax.rate.default";

    public decimal DefaultRate => configuration.GetValue<decimal>(DefaultRateKey);

    public decimal RateFor(string region) =>
        configuration.GetValue<decimal?>($"tax.rate.{region}") ?? DefaultRate;

    public bool RoundHalfUp => configuration["tax.rounding.half-up"] == "true";
}
