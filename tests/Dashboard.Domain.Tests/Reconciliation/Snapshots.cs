using Dashboard.Domain.Reconciliation;

namespace Dashboard.Domain.Tests.Reconciliation;

/// <summary>Builders for gateway and ledger snapshots: a healthy 25.00 EUR payment by default, changed with <c>with</c>.</summary>
public static class Snapshots
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    public static GatewaySnapshot Gateway(GatewayStatus status) => status switch
    {
        GatewayStatus.Succeeded => new(status, 2500, 2500, 0, 1, false, "eur", Now.AddDays(6)),
        GatewayStatus.NotFound => GatewaySnapshot.NotFound,
        _ => new(status, 2500, 0, 0, 0, false, "eur", Now.AddDays(6)),
    };

    public static LedgerSnapshot Ledger(LedgerState state, OrderState order = OrderState.AwaitingPayment, bool confirmed = false) =>
        new(state, order, 2500, "eur", confirmed, HasGatewayReference: true, AttemptedAt: Now.AddMinutes(-30));
}
