namespace Dashboard.Web.Model;

/// <summary>Transactions of a run that share their actions (e.g. "capture + confirm_ledger", or "excluded"): how many, and their amount per currency in minor units.</summary>
public sealed record ActionGroup(string Actions, int Count, IReadOnlyList<(string Currency, long Amount)> Amounts)
{
    public string AmountsText => string.Join(", ", Amounts.Select(a => $"{a.Currency} {a.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
}
