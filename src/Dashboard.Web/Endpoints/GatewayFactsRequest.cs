using Dashboard.Application.Errors;
using Dashboard.Domain;
using Dashboard.Domain.Reconciliation;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// What the gateway says about a payment, in the API's vocabulary: a Stripe PaymentIntent status or <c>not_found</c>, amounts
/// in minor units, how many captures the order has, whether it is disputed, and optionally when the authorisation expires.
/// </summary>
public sealed record GatewayFactsRequest(
    string? Status = null,
    long Amount = 0,
    long AmountCaptured = 0,
    long AmountRefunded = 0,
    int Captures = 0,
    bool Disputed = false,
    string? Currency = null,
    DateTimeOffset? AuthorizationExpiresAt = null)
{
    /// <exception cref="InputException">A value is outside the vocabulary or range; <paramref name="path"/> prefixes the field named.</exception>
    public GatewaySnapshot ToSnapshot(string path)
    {
        var status = ParseStatus($"{path}.status");
        FactLimits.RequireAmount(Amount, $"{path}.amount");
        FactLimits.RequireAmount(AmountCaptured, $"{path}.amountCaptured");
        FactLimits.RequireAmount(AmountRefunded, $"{path}.amountRefunded");
        if (Captures is < 0 or > FactLimits.MaxCaptures)
            throw new InputException($"{path}.captures", $"{path}.captures is {Captures}; give the number of captures the order has at the gateway, 0 to {FactLimits.MaxCaptures}.");
        return new GatewaySnapshot(status, Amount, AmountCaptured, AmountRefunded, Captures, Disputed,
            FactLimits.RequireCurrency(Currency, $"{path}.currency"), AuthorizationExpiresAt);
    }

    private GatewayStatus ParseStatus(string field)
    {
        try
        {
            return ReconciliationVocabulary.ParseGatewayStatus(Status, field);
        }
        catch (DomainException refused)
        {
            throw new InputException(field, refused.Message);
        }
    }
}
