using System.Globalization;

namespace Dashboard.Domain;

/// <summary>
/// Characters that make text read differently from what it holds: control characters (CR/LF forge log and audit lines, NUL cuts
/// strings short) and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that display a key
/// or a reason in another order than the one stored ("Trojan Source").
/// </summary>
public static class UnsafeCharacters
{
    /// <summary>The first unsafe character as "U+000A (a control character) at position 4", or null when the text has none.</summary>
    /// <param name="allowLineBreaks">Multi-line text (reasons) may hold line feeds, carriage returns and tabs.</param>
    public static string? Describe(string? text, bool allowLineBreaks = false)
    {
        if (text is null) return null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (allowLineBreaks && c is '\n' or '\r' or '\t') continue;
            if (char.IsControl(c))
                return string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4} (a control character) at position {i + 1}");
            if (IsBidirectionalControl(c))
                return string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4} (a bidirectional override that reorders how the text is shown) at position {i + 1}");
        }
        return null;
    }

    public static bool IsUnsafe(char c) => char.IsControl(c) || IsBidirectionalControl(c);

    private static bool IsBidirectionalControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
