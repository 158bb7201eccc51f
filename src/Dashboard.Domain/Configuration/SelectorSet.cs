namespace Dashboard.Domain.Configuration;

/// <summary>
/// What one service's App Configuration provider loads: its Select calls in order, then its
/// feature flag selectors (the provider loads flags after key-values, so they take precedence).
/// Immutable; each call returns a new set, mirroring the provider's options builder:
/// the default selector (every key, null label) applies until the first Select call, and
/// selecting the same filters twice moves that selector to the end.
/// </summary>
public sealed class SelectorSet
{
    private readonly Selector[] _keyValueSelectors;
    private readonly Selector[] _featureFlagSelectors;
    private readonly bool _selectCalled;
    private readonly Selector[] _selectors;

    public static SelectorSet ProviderDefault { get; } = new([Selector.ProviderDefault], [], selectCalled: false);

    private SelectorSet(Selector[] keyValueSelectors, Selector[] featureFlagSelectors, bool selectCalled)
    {
        _keyValueSelectors = keyValueSelectors;
        _featureFlagSelectors = featureFlagSelectors;
        _selectCalled = selectCalled;
        _selectors = [.. keyValueSelectors, .. featureFlagSelectors];
    }

    public IReadOnlyList<Selector> KeyValueSelectors => _keyValueSelectors;

    public IReadOnlyList<Selector> FeatureFlagSelectors => _featureFlagSelectors;

    /// <summary>Every selector in precedence order: a later one wins for a key loaded by several.</summary>
    public IReadOnlyList<Selector> Selectors => _selectors;

    /// <summary>A set from explicit selectors, in order (feature flag selectors are moved after the others).</summary>
    public static SelectorSet Of(IEnumerable<Selector> selectors)
    {
        var set = new SelectorSet([], [], selectCalled: true);
        foreach (var selector in selectors)
            set = set.Add(selector);
        return set;
    }

    /// <summary><c>options.Select(keyFilter, labelFilter)</c>.</summary>
    public SelectorSet Select(string keyFilter, string? labelFilter = LabelFilter.NullLabelText) =>
        Add(Selector.ForSelect(keyFilter, labelFilter));

    /// <summary><c>options.UseFeatureFlags()</c> without a Select inside: every flag, with the given label or none.</summary>
    public SelectorSet UseFeatureFlags(string? label = null) => Add(Selector.ForFeatureFlags("*", label));

    /// <summary><c>options.UseFeatureFlags(o =&gt; o.Select(flagIdFilter, labelFilter))</c>.</summary>
    public SelectorSet SelectFeatureFlags(string flagIdFilter, string? labelFilter = LabelFilter.NullLabelText) =>
        Add(Selector.ForFeatureFlags(flagIdFilter, labelFilter));

    public bool Selects(string key, string? label)
    {
        foreach (var selector in _selectors)
        {
            if (selector.Matches(key, label))
                return true;
        }
        return false;
    }

    public bool Selects(KeyLabel keyLabel) => Selects(keyLabel.Key, keyLabel.Label);

    /// <summary>
    /// Which of a key's labels the service actually sees: the one loaded by the last selector that
    /// loads the key at all. False when no selector loads the key under any of the given labels.
    /// </summary>
    public bool TryResolveLabel(string key, IEnumerable<string?> labelsInStore, out string? label)
    {
        var labels = labelsInStore.ToArray();
        for (var i = Selectors.Count - 1; i >= 0; i--)
        {
            var selector = Selectors[i];
            if (!selector.KeyFilter.Matches(key))
                continue;
            if (TryPickLabel(selector.LabelFilter, labels, out label))
                return true;
        }
        label = null;
        return false;
    }

    /// <summary>
    /// Runs the provider's load over the store's key-values: each selector in turn overwrites the
    /// key-values it returns, keyed by key. The result is the winning key-value per key, in the
    /// order the provider first met each key (that order settles later path collisions).
    /// </summary>
    public IReadOnlyList<KeyLabel> Load(IEnumerable<KeyLabel> store)
    {
        // The service lists key-values ordered by key; sorting labels too keeps the answer deterministic.
        var ordered = store.Distinct().OrderBy(k => k.Key, StringComparer.Ordinal).ThenBy(k => k.Label, NullFirstOrdinal.Instance).ToArray();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var loaded = new List<KeyLabel>();
        foreach (var selector in Selectors)
        {
            foreach (var keyLabel in ordered)
            {
                if (!selector.Matches(keyLabel))
                    continue;
                if (positions.TryGetValue(keyLabel.Key, out var position))
                    loaded[position] = keyLabel;
                else
                {
                    positions.Add(keyLabel.Key, loaded.Count);
                    loaded.Add(keyLabel);
                }
            }
        }
        return loaded;
    }

    public override string ToString() => string.Join(", ", Selectors);

    private SelectorSet Add(Selector selector)
    {
        if (selector.IsFeatureFlagSelector)
            return new SelectorSet(_keyValueSelectors, AppendUnique(_featureFlagSelectors, selector), _selectCalled);
        var current = _selectCalled ? _keyValueSelectors : [];
        return new SelectorSet(AppendUnique(current, selector), _featureFlagSelectors, selectCalled: true);
    }

    // The provider moves a repeated selector to the end so the latest call keeps precedence.
    private static Selector[] AppendUnique(Selector[] selectors, Selector selector) =>
        [.. selectors.Where(s => s != selector), selector];

    // Several labels only happen with REST-style label filters, which the provider refuses;
    // the greatest label wins so the answer matches Load's ordering.
    private static bool TryPickLabel(LabelFilter filter, string?[] labels, out string? picked)
    {
        var found = false;
        picked = null;
        foreach (var label in labels)
        {
            if (!filter.Matches(label))
                continue;
            if (!found || NullFirstOrdinal.Instance.Compare(label, picked) > 0)
                picked = label;
            found = true;
        }
        return found;
    }
}
