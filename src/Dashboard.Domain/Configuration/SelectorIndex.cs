namespace Dashboard.Domain.Configuration;

/// <summary>
/// Answers "which services select this key-value?" across a fleet without scanning every selector:
/// exact key alternatives sit in a dictionary, prefix filters in a dictionary probed once per
/// distinct prefix length, and '*' filters in a short list; only the label filters of those
/// candidates are then checked. Immutable once built, so it can be shared between readers.
/// </summary>
public sealed class SelectorIndex
{
    private static readonly string[] NoServices = [];

    private readonly string[] _services;
    private readonly Dictionary<string, Candidate[]> _exact;
    private readonly Dictionary<string, Candidate[]> _prefixes;
    private readonly Dictionary<string, Candidate[]>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    private readonly int[] _prefixLengths;
    private readonly Candidate[] _any;

    private readonly record struct Candidate(int Service, LabelFilter Labels);

    private SelectorIndex(string[] services, Dictionary<string, Candidate[]> exact, Dictionary<string, Candidate[]> prefixes, Candidate[] any)
    {
        _services = services;
        _exact = exact;
        _prefixes = prefixes;
        _prefixLookup = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLengths = [.. prefixes.Keys.Select(p => p.Length).Distinct().Order()];
        _any = any;
    }

    /// <summary>The services indexed, in ordinal order.</summary>
    public IReadOnlyList<string> Services => _services;

    public static SelectorIndex Build(IReadOnlyDictionary<string, SelectorSet> selectorsByService)
    {
        ArgumentNullException.ThrowIfNull(selectorsByService);
        var services = selectorsByService.Keys.Order(StringComparer.Ordinal).ToArray();
        var exact = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
        var prefixes = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
        var any = new List<Candidate>();

        for (var service = 0; service < services.Length; service++)
        {
            foreach (var selector in selectorsByService[services[service]].Selectors)
            {
                var candidate = new Candidate(service, selector.LabelFilter);
                foreach (var term in selector.KeyFilter.Terms)
                {
                    if (term.IsAny)
                        any.Add(candidate);
                    else
                        Bucket(term.IsPrefix ? prefixes : exact, term.Text).Add(candidate);
                }
            }
        }
        return new SelectorIndex(services, Freeze(exact), Freeze(prefixes), [.. any]);
    }

    /// <summary>The services whose selectors load this key-value, in ordinal order.</summary>
    public IReadOnlyList<string> ServicesSelecting(string key, string? label)
    {
        ArgumentNullException.ThrowIfNull(key);
        var found = new List<int>();
        var seen = new int[_services.Length];
        Collect(key, label, stamp: 1, seen, found);
        return Names(found);
    }

    public IReadOnlyList<string> ServicesSelecting(KeyLabel keyLabel) => ServicesSelecting(keyLabel.Key, keyLabel.Label);

    /// <summary>For each key-value, the services that select it (an empty list when none does).</summary>
    public IReadOnlyDictionary<KeyLabel, IReadOnlyList<string>> MapKeys(IEnumerable<KeyLabel> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var map = new Dictionary<KeyLabel, IReadOnlyList<string>>();
        var found = new List<int>();
        // One stamp per key instead of clearing a seen-set: the array is reused across the whole map.
        var seen = new int[_services.Length];
        var stamp = 0;
        foreach (var keyLabel in keys)
        {
            if (map.ContainsKey(keyLabel))
                continue;
            found.Clear();
            Collect(keyLabel.Key, keyLabel.Label, ++stamp, seen, found);
            map.Add(keyLabel, Names(found));
        }
        return map;
    }

    private void Collect(string key, string? label, int stamp, int[] seen, List<int> found)
    {
        Add(_any, label, stamp, seen, found);
        if (_exact.TryGetValue(key, out var exact))
            Add(exact, label, stamp, seen, found);
        foreach (var length in _prefixLengths)
        {
            if (length > key.Length)
                break;
            if (_prefixLookup.TryGetValue(key.AsSpan(0, length), out var prefixed))
                Add(prefixed, label, stamp, seen, found);
        }
    }

    private static void Add(Candidate[] candidates, string? label, int stamp, int[] seen, List<int> found)
    {
        foreach (var candidate in candidates)
        {
            if (seen[candidate.Service] == stamp || !candidate.Labels.Matches(label))
                continue;
            seen[candidate.Service] = stamp;
            found.Add(candidate.Service);
        }
    }

    private string[] Names(List<int> found)
    {
        if (found.Count == 0)
            return NoServices;
        found.Sort();
        var names = new string[found.Count];
        for (var i = 0; i < names.Length; i++)
            names[i] = _services[found[i]];
        return names;
    }

    private static List<Candidate> Bucket(Dictionary<string, List<Candidate>> buckets, string text)
    {
        if (!buckets.TryGetValue(text, out var bucket))
            buckets.Add(text, bucket = []);
        return bucket;
    }

    private static Dictionary<string, Candidate[]> Freeze(Dictionary<string, List<Candidate>> buckets) =>
        buckets.ToDictionary(b => b.Key, b => b.Value.ToArray(), StringComparer.Ordinal);
}
