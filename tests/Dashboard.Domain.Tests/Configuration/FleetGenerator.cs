using Dashboard.Domain.Configuration;

namespace Dashboard.Domain.Tests.Configuration;

/// <summary>
/// Generates services' selector sets and store keys from a seed, mixing every filter form
/// (exact, lists, prefixes, '*', escapes, feature flags) and label form (null, exact, prefix, '*', lists).
/// </summary>
internal sealed class FleetGenerator(int seed)
{
    private static readonly string[] Namespaces = ["billing:", "invoice:", "tax.", "payments:", "shared:", "billing:tax:", "a", "a*b:"];
    private static readonly string[] Leaves = ["rate", "rate:default", "db:conn", "retry", "x", "", "timeout"];
    private static readonly string?[] Labels = [null, "prod", "staging", "prod-eu", "dev"];
    private static readonly string[] LabelFilters = ["\0", "prod", "staging", "prod*", "*", "\0,prod", "staging,dev"];

    private readonly Random _random = new(seed);

    public Dictionary<string, SelectorSet> Services(int count)
    {
        var services = new Dictionary<string, SelectorSet>();
        for (var i = 0; i < count; i++)
            services[$"svc-{i:D4}"] = SelectorSet.Of(Enumerable.Range(0, _random.Next(1, 6)).Select(_ => NextSelector()));
        return services;
    }

    public List<KeyLabel> Keys(int count)
    {
        var keys = new List<KeyLabel>();
        for (var i = 0; i < count; i++)
        {
            var key = _random.Next(10) == 0
                ? FeatureFlagKey.ForFlagId(Pick(["Beta", "BillingV2", "Invoice"]))
                : Pick(Namespaces) + Pick(Leaves);
            keys.Add(new KeyLabel(key, Pick(Labels)));
        }
        return keys;
    }

    private Selector NextSelector()
    {
        var labels = LabelFilter.Parse(Pick(LabelFilters));
        var roll = _random.Next(100);
        if (roll < 5)
            return new Selector(KeyFilter.Any, labels);
        if (roll < 10)
            return Selector.ForFeatureFlags(Pick(["*", "Bill*", "Beta"]), Pick([null, "prod"]));
        if (roll < 50)
            return new Selector(KeyFilter.Parse(Escape(Pick(Namespaces)) + "*"), labels);
        if (roll < 65)
        {
            var alternatives = Enumerable.Range(0, _random.Next(2, 6)).Select(_ => Escape(Pick(Namespaces) + Pick(Leaves)));
            return new Selector(KeyFilter.Parse(string.Join(',', alternatives)), labels);
        }
        return new Selector(KeyFilter.Parse(Escape(Pick(Namespaces) + Pick(Leaves))), labels);
    }

    private static string Escape(string literal) =>
        literal.Replace("\\", "\\\\").Replace("*", "\\*").Replace(",", "\\,");

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
