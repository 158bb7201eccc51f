using Microsoft.Extensions.Options;

namespace Checkout.Api.Pricing;

public sealed class CheckoutTotals
{
    private readonly string _currency;
    private readonly TaxTable _taxes;

    public CheckoutTotals(IOptions<CheckoutOptions> options, TaxTable taxes)
    {
        _currency = options.Value.Currency;
        _taxes = taxes;
    }

    public Task<string> TotalAsync(bool roundUp) => Task.FromResult($"{(roundUp ? Math.Ceiling(_taxes.Rate * 100) : _taxes.Rate * 100)} {_currency}");
}

public sealed class TaxTable
{
    public TaxTable(IConfiguration configuration)
    {
        Rate = configuration.GetValue<decimal>("Checkout:Tax:Rate");
    }

    public decimal Rate { get; }
}
