using Microsoft.FeatureManagement;
using Microsoft.FeatureManagement.Mvc;

namespace Frontend.Pages;

[FeatureGate("Checkout.NewFlow")]
public sealed class CheckoutModel(IHttpClientFactory clients, IFeatureManager features)
{
    public async Task<string> PayAsync(string invoiceId)
    {
        var billing = clients.CreateClient("billing-api");
        var path = await features.IsEnabledAsync("Checkout.ExpressPay") ? "express" : "charge";
        var response = await billing.PostAsync($"/invoices/{invoiceId}/{path}", null);
        return response.IsSuccessStatusCode ? "paid" : "failed";
    }
}
