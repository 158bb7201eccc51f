using Dashboard.Domain.Configuration;

namespace Dashboard.Domain.BlastRadius;

/// <summary>
/// Keys and feature flags named like the changed key: equal once case and separators are ignored, or within
/// <see cref="MaxEditDistance"/> edits in the same namespace. One linear pass with cheap rejections first (a
/// first-character mismatch ends the separator-blind compare, a length difference skips the edit distance), so
/// 100,000 keys cost no more than a few milliseconds.
/// </summary>
internal static class LookAlikeFinder
{
    public const int MaxEditDistance = 2;

    public static List<LookAlike> Find(string key, IEnumerable<string> storeKeys)
    {
        var target = NameOf(key);
        var targetNamespace = NamespaceOf(target, FeatureFlagKey.IsFeatureFlag(key));
        var found = new List<LookAlike>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { key };
        foreach (var candidate in storeKeys)
        {
            if (seen.Contains(candidate)) continue;
            var isFlag = FeatureFlagKey.IsFeatureFlag(candidate);
            var name = NameOf(candidate);
            string? why = null;
            if (EqualIgnoringCaseAndSeparators(name, target))
                why = isFlag ? $"feature flag '{name.ToString()}' is named like {key}" : $"differs from {key} only in case or separators";
            else if (Math.Abs(name.Length - target.Length) <= MaxEditDistance
                     && name.StartsWith(targetNamespace, StringComparison.OrdinalIgnoreCase)
                     && NamespaceOf(name, isFlag).Length == targetNamespace.Length
                     && EditDistanceWithin(name, target, MaxEditDistance) is { } distance)
                why = $"{(isFlag ? "feature flag " : "")}in the same namespace '{targetNamespace.ToString()}', {distance} edit{(distance == 1 ? "" : "s")} away from {key}";
            if (why is not null && seen.Add(candidate)) found.Add(new LookAlike(candidate, why));
        }
        return [.. found.OrderBy(l => l.Key, StringComparer.Ordinal)];
    }

    // A flag is compared by its id: "tax-rate-default" is named like "tax.rate.default".
    private static ReadOnlySpan<char> NameOf(string key) =>
        FeatureFlagKey.IsFeatureFlag(key) ? key.AsSpan(FeatureFlagKey.Marker.Length) : key.AsSpan();

    // The same first segment as KeyNamespace: flag ids also split at '-' and '_'.
    private static ReadOnlySpan<char> NamespaceOf(ReadOnlySpan<char> name, bool isFlag)
    {
        var end = isFlag ? name.IndexOfAny(":./-_") : name.IndexOfAny(":./");
        return end <= 0 ? name : name[..end];
    }

    private static bool EqualIgnoringCaseAndSeparators(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && !char.IsLetterOrDigit(a[i])) i++;
            while (j < b.Length && !char.IsLetterOrDigit(b[j])) j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
            if (char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[j])) return false;
            i++;
            j++;
        }
    }

    /// <summary>Levenshtein distance if it is at most <paramref name="max"/>, else null; stops as soon as a row exceeds it.</summary>
    private static int? EditDistanceWithin(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        // Keys may be up to 10 KB: only short ones go on the stack.
        Span<int> previous = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > max) return null;
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.Length] <= max ? previous[b.Length] : null;
    }
}
