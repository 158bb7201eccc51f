using System.Globalization;

namespace Dashboard.Domain.Proposals;

/// <summary>
/// Warnings in words when a new number is far from the current one: a flipped sign, a percentage typed where a fraction is
/// held (8.25 for 0.0825) or the reverse, or a large relative change. They warn, never refuse: a big change can be right.
/// </summary>
public static class ValueMagnitude
{
    /// <summary>A change of half the current value or more is worth a second look.</summary>
    public const decimal LargeRelativeChange = 0.5m;

    // Values longer than this are not numbers anyone types; parsing them is skipped.
    private const int MaxNumberLength = 64;

    public static IReadOnlyList<string> Warnings(string? current, string? proposed)
    {
        if (!TryNumber(current, out var before) || !TryNumber(proposed, out var after) || before == after) return [];
        if (before != 0 && after != 0 && Math.Sign(before) != Math.Sign(after))
            return [$"The sign flips: {Text(before)} becomes {Text(after)}. Check that a {(after < 0 ? "negative" : "positive")} value is meant."];
        if (before == 0) return [];
        var ratio = Math.Abs(after / before);
        if (ratio is >= 50m and <= 200m)
            return [$"{Text(after)} is about 100 times the current {Text(before)}: is it a percentage typed where a fraction is held? "
                + $"{Text(after)} % as a fraction is {Text(after / 100m)}."];
        if (ratio is >= 0.005m and <= 0.02m)
            return [$"{Text(after)} is about a hundredth of the current {Text(before)}: is it a fraction typed where a percentage is held? "
                + $"{Text(after)} as a percentage is {Text(after * 100m)}."];
        var relative = (after - before) / Math.Abs(before);
        return Math.Abs(relative) >= LargeRelativeChange
            ? [$"{Text(after)} is {(relative > 0 ? "an increase" : "a decrease")} of {Percent(relative)} from the current {Text(before)}: check the magnitude is intended."]
            : [];
    }

    private static bool TryNumber(string? text, out decimal value)
    {
        value = 0;
        return text is { Length: > 0 and <= MaxNumberLength }
            && decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static string Text(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    private static string Percent(decimal relative) => Math.Abs(relative).ToString("0.#%", CultureInfo.InvariantCulture);
}
