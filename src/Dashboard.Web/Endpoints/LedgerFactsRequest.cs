using Dashboard.Application.Errors;
using Dashboard.Domain;
using Dashboard.Domain.Reconciliation;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// What the billing ledger says about a payment attempt, in the API's vocabulary: its state, its order's state, amount in minor
/// units, whether a billing confirmation records this attempt, whether the gateway reference was recorded (true unless said
/// otherwise), and optionally when the attempt was made (the processing SLA counts from it).
/// </summary>
public sealed record LedgerFactsRequest(
    string? State = null,
    string? OrderState = null,
    long Amount = 0,
    string? Currency = null,
    bool Confirmed = false,
    bool HasGatewayReference = true,
    DateTimeOffset? AttemptedAt = null)
{
    /// <exception cref="InputException">A value is outside the vocabulary or range; <paramref name="path"/> prefixes the field named.</exception>
    public LedgerSnapshot ToSnapshot(string path)
    {
        LedgerState state;
        OrderState order;
        try
        {
            state = ReconciliationVocabulary.ParseLedgerState(State, $"{path}.state");
        }
        catch (DomainException refused)
        {
            throw new InputException($"{path}.state", refused.Message);
        }
        try
        {
            order = ReconciliationVocabulary.ParseOrderState(OrderState, $"{path}.orderState");
        }
        catch (DomainException refused)
        {
            throw new InputException($"{path}.orderState", refused.Message);
        }
        FactLimits.RequireAmount(Amount, $"{path}.amount");
        return new LedgerSnapshot(state, order, Amount, FactLimits.RequireCurrency(Currency, $"{path}.currency"), Confirmed, HasGatewayReference, AttemptedAt);
    }
}
