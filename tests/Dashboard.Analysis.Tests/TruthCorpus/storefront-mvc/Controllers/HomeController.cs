using Microsoft.AspNetCore.Mvc;
using Microsoft.FeatureManagement;
using Microsoft.FeatureManagement.Mvc;
using Storefront.Services;

namespace Storefront.Controllers;

public sealed class HomeController(IVariantFeatureManagerSnapshot features, IConfiguration configuration) : Controller
{
    [FeatureGate("Storefront.NewHome")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var hero = await features.GetVariantAsync("Storefront.Hero", cancellationToken);
        ViewData["Headline"] = hero?.Configuration?["Headline"] ?? configuration["Storefront:DefaultHeadline"];
        ViewData["Checkout"] = await features.IsEnabledAsync(StorefrontFlags.Checkout.ToString(), cancellationToken);
        return View();
    }

    [FeatureGate(RequirementType.All, StorefrontFlags.Wishlist, StorefrontFlags.Checkout)]
    public IActionResult Wishlist() => View();

    public IActionResult Contact(IFormCollection form)
    {
        var message = Request.Form["message"];
        return Content(message.ToString());
    }
}
