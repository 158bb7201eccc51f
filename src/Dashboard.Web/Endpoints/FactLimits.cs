using Dashboard.Application.Errors;

namespace Dashboard.Web.Endpoints;

/// <summary>The ranges the classify API accepts for amounts, captures and currencies, each refusal naming the field.</summary>
internal static class FactLimits
{
    public const int MaxCaptures = 1000;
    private const int MaxCurrencyLength = 3;

    public static void RequireAmount(long amount, string field)
    {
        if (amount < 0)
            throw new InputException(field, $"{field} is {amount}; give an amount in minor units, 0 or more (e.g. 2500 for 25.00).");
    }

    /// <summary>An ISO 4217 code of three letters, or empty when the side has no amount (e.g. a payment the gateway does not know).</summary>
    public static string RequireCurrency(string? currency, string field)
    {
        var code = (currency ?? "").Trim();
        if (code.Length != 0 && (code.Length != MaxCurrencyLength || !code.All(char.IsAsciiLetter)))
            throw new InputException(field, $"{field} is '{Shorten(code)}'; give a three-letter ISO 4217 code such as 'eur', or leave it out.");
        return code;
    }

    private static string Shorten(string text) => text.Length > 20 ? text[..20] + "…" : text;
}
