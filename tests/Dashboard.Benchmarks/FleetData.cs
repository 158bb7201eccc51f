using Dashboard.Domain.Configuration;

namespace Dashboard.Benchmarks;

/// <summary>
/// A company-sized fleet made from a fixed seed: keys spread over team namespaces
/// ("billing:db:timeout", "invoice:retry:count" …) under the null label and environment labels,
/// and services that select their own namespace per environment, shared settings, a few
/// keys of other teams, feature flags, and (rarely, legacy) everything.
/// </summary>
public sealed class FleetData
{
    private static readonly string[] Teams =
        ["billing", "invoice", "tax", "payments", "ledger", "gateway", "reconciliation", "catalog", "orders", "shipping",
         "identity", "notifications", "search", "pricing", "reporting", "inventory", "fraud", "support", "audit", "analytics"];
    private static readonly string[] Sections = ["db", "retry", "http", "limits", "cache", "health", "queue", "features", "timeouts", "logging"];
    private static readonly string[] Leaves = ["count", "timeout", "url", "enabled", "max", "min", "interval", "name", "level", "mode"];
    private static readonly string?[] Labels = [null, null, null, "prod", "prod", "staging", "staging", "dev", "prod-eu", "prod-us"];

    private readonly Random _random;
    private readonly string[] _namespaces;

    public FleetData(int seed, int keyCount, int serviceCount)
    {
        _random = new Random(seed);
        // Each team owns a few namespaces ("billing:", "billing-eu:", "billing-batch:" …), plus one shared namespace.
        _namespaces = [.. Teams.SelectMany(t => new[] { "", "-eu", "-us", "-batch", "-api", "-worker", "-ui", "-jobs", "-edge", "-core" }.Select(s => $"{t}{s}:"))];
        Keys = [.. Enumerable.Range(0, keyCount).Select(_ => NextKey())];
        Services = Enumerable.Range(0, serviceCount).ToDictionary(i => $"svc-{i:D5}", _ => NextSelectorSet());
    }

    public List<KeyLabel> Keys { get; }

    public Dictionary<string, SelectorSet> Services { get; }

    public int SelectorCount => Services.Values.Sum(s => s.Selectors.Count);

    private KeyLabel NextKey()
    {
        var roll = _random.Next(100);
        var key = roll switch
        {
            < 3 => FeatureFlagKey.ForFlagId($"{Pick(Teams)}.{Pick(Sections)}{_random.Next(20)}"),
            < 8 => $"shared:{Pick(Sections)}:{Pick(Leaves)}{_random.Next(50)}",
            _ => $"{Pick(_namespaces)}{Pick(Sections)}:{Pick(Leaves)}{_random.Next(40)}",
        };
        return new KeyLabel(key, Pick(Labels));
    }

    private SelectorSet NextSelectorSet()
    {
        if (_random.Next(100) == 0)
            return SelectorSet.ProviderDefault;

        var home = Pick(_namespaces);
        var environment = Pick(["prod", "staging", "dev", "prod-eu", "prod-us"]);
        var set = SelectorSet.ProviderDefault.Select(home + "*").Select(home + "*", environment);
        if (_random.Next(100) < 40)
            set = set.Select("shared:*").Select("shared:*", environment);
        if (_random.Next(100) < 30)
        {
            var reads = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Escape(NextKey().Key));
            set = set.Select(string.Join(',', reads));
        }
        if (_random.Next(100) < 10)
            set = set.Select($"{Pick(_namespaces)}{Pick(Sections)}:*", environment);
        if (_random.Next(100) < 20)
            set = _random.Next(2) == 0 ? set.UseFeatureFlags(environment) : set.SelectFeatureFlags(Pick(Teams) + ".*", environment);
        return set;
    }

    private static string Escape(string literal) =>
        literal.Replace("\\", "\\\\").Replace("*", "\\*").Replace(",", "\\,");

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
