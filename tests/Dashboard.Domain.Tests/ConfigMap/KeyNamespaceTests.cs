using Dashboard.Domain.ConfigMap;

namespace Dashboard.Domain.Tests.ConfigMap;

public class KeyNamespaceTests
{
    [Theory]
    [InlineData("tax.rate.default", "tax")]
    [InlineData("Billing:Gateway:TimeoutSeconds", "Billing")]
    [InlineData("orders/batch", "orders")]
    [InlineData("standalone", "standalone")]
    [InlineData(".appconfig.featureflag/billing-new-tax-engine", "flags: billing")]
    [InlineData(".appconfig.featureflag/Invoice.DarkMode", "flags: Invoice")]
    public void Of_TakesTheFirstSegment(string key, string expected)
    {
        Assert.Equal(expected, KeyNamespace.Of(key));
    }
}
