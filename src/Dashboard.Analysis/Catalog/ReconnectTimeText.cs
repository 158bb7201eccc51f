using System.Globalization;
using Dashboard.Domain;
using Dashboard.Domain.Catalog;

namespace Dashboard.Analysis.Catalog;

/// <summary>Reads a resource's reconnect time annotation: <c>8-12s</c>, <c>8–12 s</c> or <c>10s</c>, in seconds.</summary>
public static class ReconnectTimeText
{
    public static ReconnectTime Parse(string text)
    {
        var trimmed = text.Trim();
        var number = trimmed.EndsWith('s') ? trimmed[..^1].TrimEnd() : null;
        var parts = number?.Split(['-', '–'], StringSplitOptions.TrimEntries) ?? [];
        var values = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (double?)null).ToList();
        if (values.Count is < 1 or > 2 || values.Any(v => v is null))
            throw new DomainException(
                $"annotation {BackstageAnnotations.ReconnectTime} must give seconds as a range or one value, e.g. '{BackstageAnnotations.ReconnectTime}: 8-12s', not '{text}'.");
        return new ReconnectTime(values[0]!.Value, values[^1]!.Value);
    }
}
