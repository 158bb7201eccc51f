using System.Globalization;
using System.Text;
using Dashboard.Domain.Reconciliation;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// A run's report as CSV (RFC 4180): one row per transaction with its actions, rule, outcome and reason. Cells that a
/// spreadsheet would read as a formula are prefixed with an apostrophe.
/// </summary>
public static class ReconciliationReportCsv
{
    private static readonly string[] Header =
        ["position", "transaction_id", "order_id", "merchant_reference", "gateway_reference", "amount", "currency", "ledger_state", "gateway_status",
         "actions", "rule", "excluded", "outcome", "reason", "recorded_at"];

    public static string Write(ReconciliationRun run)
    {
        var csv = new StringBuilder();
        Row(csv, Header);
        foreach (var item in run.Items)
            Row(csv, [
                item.Position.ToString(CultureInfo.InvariantCulture), item.TransactionId, item.OrderId, item.MerchantReference, item.GatewayReference ?? "",
                item.Amount.ToString(CultureInfo.InvariantCulture), item.Currency, item.Ledger.State.ToWire(), item.Gateway.Status.ToWire(),
                string.Join(" ", item.EffectiveActions.Select(a => a.ToWire())), item.Override?.Reason ?? item.Proposed.Rule,
                item.Excluded ? "true" : "false", item.Resolution?.Outcome.ToString() ?? (item.IsActionable ? "not acted on" : "nothing to do"),
                item.Resolution?.Reason ?? item.ExclusionReason ?? "", item.Resolution?.At.ToString("O", CultureInfo.InvariantCulture) ?? ""]);
        return csv.ToString();
    }

    private static void Row(StringBuilder csv, IEnumerable<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Cell));
        csv.Append("\r\n");
    }

    private static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal)) value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
