using System.Globalization;

namespace Dashboard.Domain.Reconciliation;

/// <summary>
/// Which ledger transactions a reconciliation run looks at: attempt states, older than N minutes, attempted inside a time window,
/// an amount range in minor units, a currency. Every part is optional; an empty list of states means any state. Built through
/// <see cref="Create"/>, which refuses values outside the limits with a message naming the field and the fix.
/// </summary>
public sealed record ReconciliationCriteria
{
    public const int MaxOlderThanMinutes = 366 * 24 * 60;
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(366);
    public const long MaxAmount = 1_000_000_000_000;

    private ReconciliationCriteria() { }

    public IReadOnlyList<LedgerState> States { get; private init; } = [];
    public int? OlderThanMinutes { get; private init; }
    public DateTimeOffset? From { get; private init; }
    public DateTimeOffset? To { get; private init; }
    public long? MinAmount { get; private init; }
    public long? MaxAmountMinor { get; private init; }
    /// <summary>Lower-case ISO 4217 code, as gateways write it.</summary>
    public string? Currency { get; private init; }

    public static ReconciliationCriteria Create(
        IEnumerable<LedgerState>? states = null,
        int? olderThanMinutes = null,
        DateTimeOffset? from = null,
        DateTimeOffset? to = null,
        long? minAmount = null,
        long? maxAmount = null,
        string? currency = null)
    {
        if (olderThanMinutes is < 0 or > MaxOlderThanMinutes)
            throw new DomainException($"olderThanMinutes is {olderThanMinutes}; give a number of minutes from 0 to {MaxOlderThanMinutes} (one year).");
        if (from is not null && to is not null)
        {
            if (to <= from)
                throw new DomainException($"The time window ends ({to:O}) before it starts ({from:O}): give a 'from' earlier than 'to'.");
            if (to - from > MaxWindow)
                throw new DomainException($"The time window spans {(to - from).Value.TotalDays:0} days; narrow it to at most {MaxWindow.TotalDays:0} days.");
        }
        if (minAmount is < 0 or > MaxAmount)
            throw new DomainException($"minAmount is {minAmount}; give an amount in minor units (cents) from 0 to {MaxAmount}.");
        if (maxAmount is < 0 or > MaxAmount)
            throw new DomainException($"maxAmount is {maxAmount}; give an amount in minor units (cents) from 0 to {MaxAmount}.");
        if (minAmount is not null && maxAmount is not null && minAmount > maxAmount)
            throw new DomainException($"minAmount ({minAmount}) is above maxAmount ({maxAmount}): swap them or widen the range.");

        return new ReconciliationCriteria
        {
            States = [.. (states ?? []).Distinct().Order()],
            OlderThanMinutes = olderThanMinutes,
            From = from,
            To = to,
            MinAmount = minAmount,
            MaxAmountMinor = maxAmount,
            Currency = NormalizeCurrency(currency),
        };
    }

    /// <summary>The latest attempt time that matches at <paramref name="now"/>: the window's end or now minus "older than", whichever is earlier.</summary>
    public DateTimeOffset? AttemptedBefore(DateTimeOffset now)
    {
        var olderThan = OlderThanMinutes is null ? (DateTimeOffset?)null : now.AddMinutes(-OlderThanMinutes.Value);
        return (olderThan, To) switch
        {
            (null, var to) => to,
            (var cutoff, null) => cutoff,
            var (cutoff, to) => cutoff < to ? cutoff : to,
        };
    }

    public string Describe()
    {
        var parts = new List<string>();
        if (States.Count > 0) parts.Add($"state {string.Join(" or ", States.Select(s => s.ToWire()))}");
        if (OlderThanMinutes is not null) parts.Add($"older than {OlderThanMinutes} minutes");
        if (From is not null) parts.Add($"attempted from {From:O}");
        if (To is not null) parts.Add($"attempted before {To:O}");
        if (MinAmount is not null) parts.Add($"amount ≥ {MinAmount.Value.ToString(CultureInfo.InvariantCulture)}");
        if (MaxAmountMinor is not null) parts.Add($"amount ≤ {MaxAmountMinor.Value.ToString(CultureInfo.InvariantCulture)}");
        if (Currency is not null) parts.Add($"currency {Currency}");
        return parts.Count == 0 ? "every transaction" : string.Join(", ", parts);
    }

    private static string? NormalizeCurrency(string? currency)
    {
        if (string.IsNullOrWhiteSpace(currency)) return null;
        var code = currency.Trim().ToLowerInvariant();
        if (code.Length != 3 || !code.All(char.IsAsciiLetterLower))
            throw new DomainException($"currency is '{currency}'; give a three-letter ISO 4217 code such as 'eur' or 'usd'.");
        return code;
    }
}
