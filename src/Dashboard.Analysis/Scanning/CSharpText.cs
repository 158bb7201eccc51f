namespace Dashboard.Analysis.Scanning;

// Just enough C# lexing to find where a bracketed piece of code embedded in a page ends.
internal static class CSharpText
{
    /// <summary>
    /// The index just after the bracket that closes the one at <paramref name="open"/> ('(', '[' or '{'), skipping
    /// strings, characters and comments; the end of the text when it is never closed.
    /// </summary>
    public static int MatchingClose(string text, int open)
    {
        var depth = 0;
        var i = open;
        while (i < text.Length)
        {
            var c = text[i];
            switch (c)
            {
                case '(' or '[' or '{':
                    depth++;
                    i++;
                    break;
                case ')' or ']' or '}':
                    depth--;
                    i++;
                    if (depth == 0) return i;
                    break;
                case '"' or '\'':
                    i = SkipQuoted(text, i, c, verbatim: i > 0 && text[i - 1] == '@');
                    break;
                case '/' when i + 1 < text.Length && text[i + 1] == '/':
                    i = text.IndexOf('\n', i) is var end && end < 0 ? text.Length : end;
                    break;
                case '/' when i + 1 < text.Length && text[i + 1] == '*':
                    i = text.IndexOf("*/", i + 2, StringComparison.Ordinal) is var close && close < 0 ? text.Length : close + 2;
                    break;
                default:
                    i++;
                    break;
            }
        }
        return text.Length;
    }

    private static int SkipQuoted(string text, int i, char quote, bool verbatim)
    {
        i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && !verbatim) { i += 2; continue; }
            if (c == '\n' && !verbatim) return i;
            i++;
            if (c == quote)
            {
                if (verbatim && i < text.Length && text[i] == quote) { i++; continue; }
                return i;
            }
        }
        return i;
    }
}
