using Dashboard.Domain.Configuration;
using Dashboard.Domain.Scanning;

namespace Dashboard.Domain.ConfigMap;

/// <summary>
/// A scanned service's provider setup as selectors the domain can evaluate. A label computed at run time
/// (dynamic) is not guessed: it is kept as "any label", and every reason built on it says so.
/// </summary>
public sealed class ScannedConfiguration
{
    private readonly List<(Selector Selector, ConfigSelector Origin)> _selectors = [];

    public ServiceConfiguration Configuration { get; }
    public IReadOnlyList<string> Problems { get; }

    private ScannedConfiguration(ServiceScan scan)
    {
        var problems = new List<string>();
        var selectors = new List<Selector>();
        // The provider loads a key registered for refresh even when no Select covers it; the selectors that follow win over it.
        foreach (var registration in scan.Refresh.Where(r => r.LoadedByRegistration))
        {
            try { selectors.Add(new Selector(KeyFilter.Parse(EscapedKey(registration.Key)), LabelFilterOf(registration.Label, registration.Dynamic))); }
            catch (DomainException ex) { problems.Add($"{registration.File}:{registration.Line}: Register(\"{registration.Key}\") is skipped: {ex.Message}"); }
        }
        foreach (var origin in scan.Selectors)
        {
            try
            {
                var selector = new Selector(KeyFilter.Parse(origin.KeyFilter), LabelFilterOf(origin.LabelFilter, origin.Dynamic));
                selectors.Add(selector);
                _selectors.Add((selector, origin));
            }
            catch (DomainException ex)
            {
                problems.Add($"{origin.File}:{origin.Line}: Select(\"{origin.KeyFilter}\") is skipped: {ex.Message}");
            }
        }
        foreach (var flagFilter in scan.FeatureFlagSelectors)
        {
            // The scan does not tell the flags' label, so any label is kept.
            try { selectors.Add(Selector.ForFeatureFlags(flagFilter) with { LabelFilter = LabelFilter.Any }); }
            catch (DomainException ex) { problems.Add($"UseFeatureFlags selector \"{flagFilter}\" is skipped: {ex.Message}"); }
        }
        Configuration = new ServiceConfiguration(SelectorSet.Of(selectors), KeyPrefixTrimmer.Of(scan.TrimKeyPrefixes));
        Problems = problems;
    }

    public static ScannedConfiguration From(ServiceScan scan) => new(scan);

    /// <summary>The last scanned Select that loads the key-value: the one whose value the service sees.</summary>
    public ConfigSelector? OriginOf(KeyLabel setting) =>
        _selectors.LastOrDefault(s => s.Selector.Matches(setting)).Origin;

    // A registered key is one exact key: filter characters in it are taken literally.
    private static string EscapedKey(string key) =>
        key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal);

    public static LabelFilter LabelFilterOf(string? label, bool dynamic) =>
        dynamic || label is null ? LabelFilter.Any : LabelFilter.Parse(label);
}
