using Microsoft.FeatureManagement;

namespace Billing.Api.Tax;

public sealed class TaxCalculator(IFeatureManager features, IConfiguration configuration)
{
    public async Task<decimal> RateAsync() =>
        await features.IsEnabledAsync("billing-new-tax-engine")
            ? await NewEngineRateAsync()
            : 0.08m; // the legacy engine hard-codes the default rate

    private Task<decimal> NewEngineRateAsync() =>
        Task.FromResult(configuration.GetValue<decimal>("Billing:Tax:EngineFallbackRate"));
}
