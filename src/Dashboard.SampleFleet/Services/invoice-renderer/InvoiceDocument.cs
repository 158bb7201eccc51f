using Microsoft.Extensions.Options;
using Microsoft.FeatureManagement;

namespace Invoice.Renderer;

public sealed class PdfOptions
{
    public string PageSize { get; set; } = "A4";
}

public sealed class InvoiceDocument(IConfiguration configuration, IOptionsMonitor<PdfOptions> pdf, IFeatureManager features)
{
    public async Task<string> RenderTaxLineAsync(decimal net)
    {
        var rate = configuration.GetValue<decimal>("tax.rate.default");
        var rounding = configuration["Invoice:TaxDisplay:Rounding"];
        var logo = configuration.GetSection("Invoice").GetSection("Branding")["LogoUrl"];
        var margins = configuration.GetSection("Invoice:Layout:Margins").Value;
        var theme = await features.IsEnabledAsync("invoice-dark-mode") ? "dark" : "light";
        return $"{logo} {pdf.CurrentValue.PageSize} {theme} {margins}: tax {Math.Round(net * rate, 2)} ({rounding})";
    }
}
