using System.Text;

namespace Dashboard.Benchmarks;

/// <summary>
/// Ordinary business code that has nothing to do with configuration (totals, validation, mapping, retries of
/// domain rules), to give the scanner the bulk a real service has around its few configuration calls.
/// </summary>
public sealed class BusinessCodeWriter(Random random)
{
    private static readonly string[] Nouns = ["Invoice", "Order", "Payment", "Refund", "Shipment", "Customer", "Ledger", "Voucher", "Quote", "Basket"];
    private static readonly string[] Verbs = ["Calculate", "Validate", "Summarize", "Reconcile", "Normalize", "Project", "Allocate", "Merge"];

    public string Noun() => Nouns[random.Next(Nouns.Length)];

    /// <summary>Appends methods until the file reaches about <paramref name="targetLines"/> lines.</summary>
    public void AppendMethods(StringBuilder code, int targetLines)
    {
        for (var index = 0; CountLines(code) < targetLines - 2; index++)
        {
            var name = $"{Verbs[random.Next(Verbs.Length)]}{Noun()}{index}";
            code.Append(random.Next(5) switch
            {
                0 => Total(name),
                1 => Validation(name),
                2 => Grouping(name),
                3 => Mapping(name),
                _ => StateMachine(name),
            });
        }
    }

    public static int CountLines(StringBuilder code)
    {
        var lines = 0;
        foreach (var chunk in code.GetChunks())
            lines += chunk.Span.Count('\n');
        return lines;
    }

    private string Total(string name) => $$"""

            public decimal {{name}}(IReadOnlyList<LineItem> items, decimal discount)
            {
                var subtotal = 0m;
                foreach (var item in items)
                {
                    if (item.Quantity <= 0)
                        continue;
                    subtotal += item.UnitPrice * item.Quantity;
                }
                var discounted = subtotal - subtotal * discount;
                return Math.Round(discounted * {{1 + random.Next(30) / 100m}}m, 2, MidpointRounding.AwayFromZero);
            }

        """;

    private string Validation(string name) => $$"""

            public IReadOnlyList<string> {{name}}({{Noun()}}Draft draft)
            {
                var errors = new List<string>();
                if (string.IsNullOrWhiteSpace(draft.Reference))
                    errors.Add("A reference is required.");
                if (draft.Amount < 0 || draft.Amount > {{random.Next(1_000, 100_000)}})
                    errors.Add($"The amount {draft.Amount} is out of range.");
                if (draft.Currency is not ("EUR" or "USD" or "GBP"))
                    errors.Add($"The currency '{draft.Currency}' is not supported.");
                return errors;
            }

        """;

    private string Grouping(string name) => $$"""

            public Dictionary<string, decimal> {{name}}(IEnumerable<LedgerEntry> entries, DateOnly from, DateOnly to)
            {
                return entries
                    .Where(e => e.Date >= from && e.Date <= to)
                    .GroupBy(e => e.Account, StringComparer.Ordinal)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Sum(e => e.Debit - e.Credit));
            }

        """;

    private string Mapping(string name) => $$"""

            public {{Noun()}}Summary {{name}}({{Noun()}}Record record, TimeProvider clock)
            {
                var age = clock.GetUtcNow() - record.CreatedAt;
                var status = age.TotalDays > {{random.Next(7, 90)}} ? "stale" : record.Status;
                return new {{Noun()}}Summary(
                    record.Id,
                    record.Reference.Trim().ToUpperInvariant(),
                    status,
                    record.Lines.Count,
                    record.Lines.Sum(l => l.UnitPrice * l.Quantity));
            }

        """;

    private string StateMachine(string name) => $$"""

            public string {{name}}(string state, string trigger)
            {
                switch (state, trigger)
                {
                    case ("draft", "submit"):
                        return "pending";
                    case ("pending", "approve"):
                        return "approved";
                    case ("pending", "reject"):
                        return "rejected";
                    case ("approved", "settle"):
                        return "settled";
                    default:
                        throw new InvalidOperationException($"Cannot {trigger} from {state} ({{random.Next(100)}}).");
                }
            }

        """;
}
