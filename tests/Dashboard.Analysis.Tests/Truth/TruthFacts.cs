using System.Text.Json;
using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.Scanning;

namespace Dashboard.Analysis.Tests.Truth;

// What a scan says, flattened into comparable facts per category: one canonical text per finding, made of the same
// fields in the same order as the entries of TruthCorpus/expected.json.
internal static class TruthFacts
{
    public static Dictionary<string, HashSet<string>> Load(string expectedJson)
    {
        using var document = JsonDocument.Parse(expectedJson);
        return document.RootElement.EnumerateObject().ToDictionary(
            category => category.Name,
            category => category.Value.EnumerateArray().Select(Canonical).ToHashSet(StringComparer.Ordinal));
    }

    public static Dictionary<string, HashSet<string>> From(ScanResult scan, IReadOnlyList<CodeCall> codeCalls)
    {
        var facts = new Dictionary<string, List<object>>();
        void Add(string category, object fact) => (facts.TryGetValue(category, out var list) ? list : facts[category] = []).Add(fact);
        foreach (var s in scan.Services)
        {
            var service = s.Name;
            foreach (var r in s.Reads) Add("reads", new { service, key = r.Key, storeKey = r.StoreKey, kind = r.Kind.ToString(), fallback = r.Fallback, file = r.File, line = r.Line });
            foreach (var f in s.FeatureFlagReads) Add("featureFlagReads", new { service, flag = f.Flag, kind = f.Kind.ToString(), file = f.File, line = f.Line });
            foreach (var x in s.Selectors) Add("selectors", new { service, keyFilter = x.KeyFilter, label = AppConfigLabel.Describe(x.LabelFilter), file = x.File, line = x.Line });
            foreach (var f in s.FeatureFlagSelectors) Add("flagSelectors", new { service, filter = f });
            foreach (var p in s.TrimKeyPrefixes) Add("trimKeyPrefixes", new { service, prefix = p });
            foreach (var r in s.Refresh)
                Add("refresh", new { service, key = r.Key, label = (string?)AppConfigLabel.Describe(r.Label), refreshAll = r.RefreshAll, loadedByRegistration = r.LoadedByRegistration, file = (string?)r.File, line = (int?)r.Line });
            if (s.WatchAll)
                Add("refresh", new { service, key = "(RegisterAll)", label = (string?)null, refreshAll = true, loadedByRegistration = false, file = (string?)null, line = (int?)null });
            Add("refreshIntervals", new { service, seconds = s.RefreshIntervalSeconds });
            foreach (var d in s.RefreshDrivers) Add("refreshDrivers", new { service, kind = d.Kind.ToString(), file = d.File, line = d.Line });
            if (s.KeyVault is { } kv) Add("keyVault", new { service, secretRefreshSeconds = kv.SecretRefreshSeconds, file = kv.File, line = kv.Line });
            foreach (var b in s.OptionsBindings) Add("bindings", new { service, section = b.Section, type = b.Type, file = b.File, line = b.Line });
            foreach (var t in s.OptionsTypes) Add("optionsTypes", new { service, type = t.Name, keys = string.Join(',', t.Keys) });
            foreach (var c in s.OptionsConsumers) Add("optionsConsumers", new { service, type = c.Type, access = c.Access.ToString(), capturedAtStartup = c.CapturedAtStartup, file = c.File, line = c.Line });
            foreach (var c in s.CapturedReads) Add("capturedReads", new { service, key = c.Key, file = c.File, line = c.Line });
            foreach (var h in s.ReloadHandlers) Add("reloadHandlers", new { service, type = h.OptionsType, classification = h.Classification.ToString(), file = h.File, line = h.Line });
            foreach (var c in s.HttpClients)
                Add("httpClients", new { service, name = c.Name, retry = c.Retry.ToString(), attempts = c.Attempts, circuitBreaker = c.CircuitBreaker, typedClient = c.TypedClient,
                    baseAddressKey = c.BaseAddressKey, baseAddress = c.BaseAddress, file = c.File, line = c.Line });
            foreach (var f in s.Findings) Add("findings", new { service, rule = f.Rule, file = f.File, line = f.Line });
        }
        foreach (var call in codeCalls) Add("codeLinks", new { service = call.Service, client = call.Client, target = call.Target, file = call.File, line = call.Line });
        foreach (var d in scan.Diagnostics) Add("diagnostics", new { service = "", file = d.File, line = d.Line });
        return facts.ToDictionary(f => f.Key, f => f.Value.Select(fact => Canonical(JsonSerializer.SerializeToElement(fact))).ToHashSet(StringComparer.Ordinal));
    }

    // Strings re-encoded one way, so "\u0022" and "\"" (two spellings of one value) compare equal.
    private static string Canonical(JsonElement fact) =>
        string.Join("; ", fact.EnumerateObject().Select(p =>
            $"{p.Name}={(p.Value.ValueKind == JsonValueKind.String ? JsonSerializer.Serialize(p.Value.GetString()) : p.Value.GetRawText())}"));
}
