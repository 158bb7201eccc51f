namespace Dashboard.Analysis.Scanning;

/// <summary>
/// Roslyn's parser recurses without a stack guard on a few shapes (e.g. 10,000 nested parentheses or generic
/// brackets, nested interpolated strings, long <c>not not not …</c> patterns) and a stack overflow cannot be caught:
/// it would end the command-line tool or the dashboard. Before parsing, this lexes the text just enough to see
/// nesting (comments, strings and interpolation holes understood, with its own stack, no recursion) and blanks out
/// whatever goes deeper than any real code does, keeping every line break so line numbers stay right. The rest of
/// the file is scanned as usual; the caller reports the first blanked line.
/// </summary>
internal static class NestingLimiter
{
    public const int MaxNesting = 256;
    public const int MaxOpenAngles = 256;
    public const int MaxRepeatedWord = 64;

    public readonly record struct Result(string Text, int? FirstBlankedLine);

    private sealed class Context(bool isString)
    {
        public bool IsString { get; } = isString;
        // Code: brackets open in this context. Strings: the kind of literal.
        public int Depth { get; set; }
        public bool IsHole { get; init; }
        public bool Verbatim { get; init; }
        public int RawQuotes { get; init; }
        public int Dollars { get; init; }
    }

    public static Result Limit(string text)
    {
        char[]? output = null;
        var firstBlanked = -1;
        var contexts = new Stack<Context>();
        contexts.Push(new Context(isString: false));
        var nesting = 0;
        var blankUntilNesting = -1;
        var blankUntilReset = false;
        var angles = 0;
        // The last word as a range of the text: comparing spans allocates nothing for the millions of words in a fleet.
        var lastWordStart = -1;
        var lastWordLength = 0;
        var wordRun = 0;

        void Blank(int from, int to)
        {
            output ??= text.ToCharArray();
            if (firstBlanked < 0) firstBlanked = from;
            for (var k = from; k < to && k < output.Length; k++)
                if (output[k] is not ('\n' or '\r')) output[k] = ' ';
        }

        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var nestingBefore = nesting;
            var context = contexts.Peek();
            var c = text[i];
            if (context.IsString)
            {
                i = InString(text, i, context, contexts, ref nesting);
            }
            else if (c == '/' && At(text, i + 1) == '/')
            {
                i = text.IndexOf('\n', i) is var end && end < 0 ? text.Length : end;
            }
            else if (c == '/' && At(text, i + 1) == '*')
            {
                i = text.IndexOf("*/", i + 2, StringComparison.Ordinal) is var end && end < 0 ? text.Length : end + 2;
            }
            else if (c == '\'')
            {
                i = SkipCharLiteral(text, i);
            }
            else if (c is '$' or '@' or '"' && StringStart(text, i) is { } literal)
            {
                angles = 0;
                if (literal.Dollars == 0)
                {
                    i = SkipPlainString(text, literal.QuotesAt, literal.Verbatim, literal.Quotes);
                }
                else
                {
                    nesting++;
                    contexts.Push(new Context(isString: true) { Verbatim = literal.Verbatim, RawQuotes = literal.Quotes >= 3 ? literal.Quotes : 0, Dollars = literal.Dollars });
                    i = literal.QuotesAt + literal.Quotes;
                }
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var end = i;
                while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_')) end++;
                var sameWord = lastWordStart >= 0 && text.AsSpan(i, end - i).SequenceEqual(text.AsSpan(lastWordStart, lastWordLength));
                wordRun = sameWord ? wordRun + 1 : 1;
                (lastWordStart, lastWordLength) = (i, end - i);
                if (wordRun > MaxRepeatedWord) Blank(i, end);
                i = end;
            }
            else
            {
                i++;
                switch (c)
                {
                    case '(' or '[' or '{':
                        if (c == '{') angles = 0;
                        context.Depth++;
                        nesting++;
                        break;
                    case ')' or ']' or '}':
                        if (c == '}') angles = 0;
                        if (c == '}' && context.IsHole && context.Depth == 0)
                        {
                            contexts.Pop();
                            nesting--;
                        }
                        else if (context.Depth > 0)
                        {
                            context.Depth--;
                            nesting--;
                        }
                        break;
                    case '<' when At(text, i) is not ('<' or '=') && At(text, start - 1) != '<':
                        if (++angles > MaxOpenAngles) blankUntilReset = true;
                        break;
                    case '>':
                        angles = Math.Max(0, angles - 1);
                        break;
                    // Nothing a type argument list may hold: a run of '<' ends here.
                    case ';' or '=' or '&' or '|' or '+' or '-' or '*' or '/' or '%' or '!' or '^' or '~':
                        angles = 0;
                        blankUntilReset = false;
                        break;
                }
                if (c is not (' ' or '\t' or '\r' or '\n')) lastWordStart = -1;
            }
            // Too deep: blank from the opening that crossed the limit to the closing that comes back to it.
            if (blankUntilNesting < 0 && nesting > MaxNesting)
                blankUntilNesting = nestingBefore;
            if (blankUntilNesting >= 0 || blankUntilReset)
                Blank(start, i);
            if (blankUntilNesting >= 0 && nesting <= blankUntilNesting)
                blankUntilNesting = -1;
        }
        if (output is null)
            return new Result(text, null);
        var line = 1;
        for (var k = 0; k < firstBlanked; k++)
            if (text[k] == '\n') line++;
        return new Result(new string(output), line);
    }

    private static char At(string text, int index) => index >= 0 && index < text.Length ? text[index] : '\0';

    private readonly record struct Literal(int QuotesAt, int Quotes, int Dollars, bool Verbatim);

    // $"…", @"…", $@"…", @$"…", $$"""…""", """…""" and "…", with the position and count of the opening quotes.
    private static Literal? StringStart(string text, int i)
    {
        var dollars = 0;
        var verbatim = false;
        var k = i;
        while (k < text.Length && (text[k] == '$' || text[k] == '@'))
        {
            if (text[k] == '$') dollars++;
            else verbatim = true;
            k++;
        }
        if (At(text, k) != '"' || (verbatim && k - i > 1 && dollars == 0))
            return null;
        var quotes = 0;
        while (At(text, k + quotes) == '"') quotes++;
        // Two quotes are an empty string, not the start of a raw one.
        return new Literal(k, quotes == 2 ? 1 : quotes, dollars, verbatim);
    }

    private static int SkipPlainString(string text, int quotesAt, bool verbatim, int quotes)
    {
        if (quotes >= 3)
            return SkipRawString(text, quotesAt + quotes, quotes);
        var i = quotesAt + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (!verbatim && c == '\\') { i += 2; continue; }
            if (!verbatim && c == '\n') return i;
            if (c == '"')
            {
                if (verbatim && At(text, i + 1) == '"') { i += 2; continue; }
                return i + 1;
            }
            i++;
        }
        return i;
    }

    private static int SkipRawString(string text, int i, int quotes)
    {
        var closing = new string('"', quotes);
        var end = text.IndexOf(closing, i, StringComparison.Ordinal);
        return end < 0 ? text.Length : end + quotes;
    }

    private static int SkipCharLiteral(string text, int i)
    {
        i++;
        while (i < text.Length && text[i] != '\'' && text[i] != '\n')
            i += text[i] == '\\' ? 2 : 1;
        return Math.Min(text.Length, i + 1);
    }

    // One step inside an interpolated string: its end, an escaped brace, or a hole that opens a code context.
    private static int InString(string text, int i, Context literal, Stack<Context> contexts, ref int nesting)
    {
        var c = text[i];
        if (literal.RawQuotes > 0)
        {
            if (c == '"' && RunLength(text, i, '"') >= literal.RawQuotes)
            {
                contexts.Pop();
                nesting--;
                return i + RunLength(text, i, '"');
            }
            if (c == '{')
            {
                var run = RunLength(text, i, '{');
                if (run >= literal.Dollars)
                {
                    contexts.Push(new Context(isString: false) { IsHole = true });
                    nesting++;
                }
                return i + run;
            }
            return i + 1;
        }
        switch (c)
        {
            case '\\' when !literal.Verbatim:
                return i + 2;
            case '"' when literal.Verbatim && At(text, i + 1) == '"':
                return i + 2;
            case '"':
            case '\n' when !literal.Verbatim:
                contexts.Pop();
                nesting--;
                return i + 1;
            case '{' when At(text, i + 1) == '{':
                return i + 2;
            case '{':
                contexts.Push(new Context(isString: false) { IsHole = true });
                nesting++;
                return i + 1;
            default:
                return i + 1;
        }
    }

    private static int RunLength(string text, int i, char c)
    {
        var end = i;
        while (end < text.Length && text[end] == c) end++;
        return end - i;
    }
}
