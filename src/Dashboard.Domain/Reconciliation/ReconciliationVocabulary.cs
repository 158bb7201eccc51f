namespace Dashboard.Domain.Reconciliation;

/// <summary>
/// The fixed wire names of the reconciliation vocabulary, the ones the API and scripts rely on
/// (<c>requires_capture</c>, <c>awaiting_payment</c>, <c>confirm_ledger</c>, …). Parsing names every accepted value on failure.
/// </summary>
public static class ReconciliationVocabulary
{
    private static readonly Dictionary<GatewayStatus, string> GatewayNames = new()
    {
        [GatewayStatus.RequiresPaymentMethod] = "requires_payment_method",
        [GatewayStatus.RequiresConfirmation] = "requires_confirmation",
        [GatewayStatus.RequiresAction] = "requires_action",
        [GatewayStatus.Processing] = "processing",
        [GatewayStatus.RequiresCapture] = "requires_capture",
        [GatewayStatus.Canceled] = "canceled",
        [GatewayStatus.Succeeded] = "succeeded",
        [GatewayStatus.NotFound] = "not_found",
    };

    private static readonly Dictionary<LedgerState, string> LedgerNames = new()
    {
        [LedgerState.Pending] = "pending",
        [LedgerState.Authorized] = "authorized",
        [LedgerState.Captured] = "captured",
        [LedgerState.Failed] = "failed",
        [LedgerState.Refunded] = "refunded",
    };

    private static readonly Dictionary<OrderState, string> OrderNames = new()
    {
        [OrderState.AwaitingPayment] = "awaiting_payment",
        [OrderState.Confirmed] = "confirmed",
        [OrderState.Cancelled] = "cancelled",
        [OrderState.Duplicate] = "duplicate",
    };

    private static readonly Dictionary<ReconciliationAction, string> ActionNames = new()
    {
        [ReconciliationAction.Capture] = "capture",
        [ReconciliationAction.Cancel] = "cancel",
        [ReconciliationAction.Refund] = "refund",
        [ReconciliationAction.ConfirmLedger] = "confirm_ledger",
        [ReconciliationAction.LookupByReference] = "lookup_by_reference",
        [ReconciliationAction.Wait] = "wait",
        [ReconciliationAction.MarkFailed] = "mark_failed",
        [ReconciliationAction.CorrectLedger] = "correct_ledger",
        [ReconciliationAction.Escalate] = "escalate",
    };

    public static IReadOnlyCollection<string> GatewayStatuses => GatewayNames.Values;
    public static IReadOnlyCollection<string> LedgerStates => LedgerNames.Values;
    public static IReadOnlyCollection<string> OrderStates => OrderNames.Values;
    public static IReadOnlyCollection<string> Actions => ActionNames.Values;

    public static string ToWire(this GatewayStatus status) => GatewayNames[status];
    public static string ToWire(this LedgerState state) => LedgerNames[state];
    public static string ToWire(this OrderState state) => OrderNames[state];
    public static string ToWire(this ReconciliationAction action) => ActionNames[action];

    public static GatewayStatus ParseGatewayStatus(string? value) => ParseGatewayStatus(value, "gateway.status");
    public static LedgerState ParseLedgerState(string? value) => ParseLedgerState(value, "ledger.state");
    public static OrderState ParseOrderState(string? value) => ParseOrderState(value, "ledger.orderState");
    public static ReconciliationAction ParseAction(string? value) => ParseAction(value, "action");

    // The field is named in the message, so a caller parsing a list passes the item's path (e.g. "[3].gateway.status").
    public static GatewayStatus ParseGatewayStatus(string? value, string field) => Parse(GatewayNames, value, field);
    public static LedgerState ParseLedgerState(string? value, string field) => Parse(LedgerNames, value, field);
    public static OrderState ParseOrderState(string? value, string field) => Parse(OrderNames, value, field);
    public static ReconciliationAction ParseAction(string? value, string field) => Parse(ActionNames, value, field);

    public static bool TryParseGatewayStatus(string? value, out GatewayStatus status) => TryParse(GatewayNames, value, out status);

    private static T Parse<T>(Dictionary<T, string> names, string? value, string field) where T : struct, Enum =>
        TryParse(names, value, out var parsed)
            ? parsed
            : throw new DomainException($"{field} is '{value}'; accepted values: {string.Join(", ", names.Values)}.");

    private static bool TryParse<T>(Dictionary<T, string> names, string? value, out T parsed) where T : struct, Enum
    {
        foreach (var (key, name) in names)
        {
            if (string.Equals(name, value?.Trim(), StringComparison.Ordinal))
            {
                parsed = key;
                return true;
            }
        }
        parsed = default;
        return false;
    }
}
