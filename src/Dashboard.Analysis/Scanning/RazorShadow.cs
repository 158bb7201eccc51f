using System.Text;
using System.Text.RegularExpressions;
using Dashboard.Domain.Scanning;

namespace Dashboard.Analysis.Scanning;

/// <summary>
/// Turns a <c>.razor</c> or <c>.cshtml</c> file into C# the scanner can read, line for line: <c>@inject</c> and
/// <c>@model</c> become fields, <c>@code</c>/<c>@functions</c> blocks members, <c>@{…}</c> blocks, the conditions of
/// <c>@if</c>/<c>@foreach</c>/… and every <c>@expression</c> small methods, <c>@attribute [..]</c> an attribute;
/// markup becomes blank lines, so every finding keeps the line it has in the page. The
/// <c>&lt;feature name="…"&gt;</c> tag helper is read from the markup itself. A page that is not well formed still
/// yields whatever its code says; nothing here throws.
/// </summary>
internal static partial class RazorShadow
{
    public sealed record Result(string CSharp, IReadOnlyList<FeatureFlagRead> TagHelperFlags);

    private static readonly string[] Blocks = ["code", "functions"];
    private static readonly string[] ControlKeywords = ["if", "foreach", "for", "while", "switch", "using", "lock"];
    private static readonly string[] DroppedDirectives =
        ["page", "using", "layout", "namespace", "implements", "inherits", "typeparam", "rendermode", "preservewhitespace",
         "addTagHelper", "removeTagHelper", "tagHelperPrefix", "section", "else", "try", "catch", "finally", "do"];

    public static bool IsRazor(string path) =>
        path.EndsWith(".razor", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase);

    public static Result Convert(string path, string text)
    {
        var output = new StringBuilder(text.Length + 256);
        output.Append("internal partial class RazorView__ { ");
        var members = 0;
        var i = 0;
        var markupStart = 0;

        void Markup(int end)
        {
            for (var k = markupStart; k < end && k < text.Length; k++)
                if (text[k] == '\n') output.Append('\n');
        }

        void Member(string code)
        {
            output.Append(' ').Append(code).Append(' ');
            members++;
        }

        while (i < text.Length)
        {
            if (text[i] == '}' && ElseIf().Match(text, i) is { Success: true } elseIf)
            {
                // "} else if (cond) {" after an @if body: the condition is code.
                var open = elseIf.Index + elseIf.Length - 1;
                var close = CSharpText.MatchingClose(text, open);
                Markup(open);
                Member($"void E{members}__() {{ if {text[open..close]} {{}} }}");
                markupStart = i = close;
                continue;
            }
            if (text[i] != '@' || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or '@')))
            {
                i++;
                continue;
            }
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            Markup(i);
            if (next == '@')
            {
                markupStart = i += 2;
                continue;
            }
            if (next == '*')
            {
                var end = text.IndexOf("*@", i + 2, StringComparison.Ordinal);
                end = end < 0 ? text.Length : end + 2;
                // A comment's lines still count.
                markupStart = i;
                Markup(end);
                markupStart = i = end;
                continue;
            }
            if (next is '(' or '{')
            {
                var close = CSharpText.MatchingClose(text, i + 1);
                var inner = text[(i + 2)..Math.Max(i + 2, close - 1)];
                Member(next == '(' ? $"async void E{members}__() {{ _ = ({inner}); }}" : $"async void E{members}__() {{ {inner} }}");
                markupStart = i = close;
                continue;
            }
            var word = Word(text, i + 1);
            var afterWord = i + 1 + word.Length;
            if (Blocks.Contains(word) && NextNonSpace(text, afterWord) is var brace && brace < text.Length && text[brace] == '{')
            {
                var close = CSharpText.MatchingClose(text, brace);
                output.Append(' ', 1);
                AppendKeepingLines(output, text, brace + 1, Math.Max(brace + 1, close - 1));
                markupStart = i = close;
                continue;
            }
            if (word is "inject" or "model")
            {
                var end = LineEnd(text, afterWord);
                var declaration = text[afterWord..end].Trim().TrimEnd(';');
                Member(word == "inject" ? $"{declaration};" : $"{declaration} Model;");
                markupStart = i = end;
                continue;
            }
            if (word == "attribute")
            {
                var end = LineEnd(text, afterWord);
                Member($"{text[afterWord..end].Trim()} void A{members}__() {{}}");
                markupStart = i = end;
                continue;
            }
            if (ControlKeywords.Contains(word) && NextNonSpace(text, afterWord) is var paren && paren < text.Length && text[paren] == '(')
            {
                var close = CSharpText.MatchingClose(text, paren);
                Member($"async void E{members}__() {{ {word} {text[paren..close]} {{}} }}");
                // The body that follows is markup with code in it: scanning goes on inside it.
                markupStart = i = close;
                continue;
            }
            if (DroppedDirectives.Contains(word) || word.Length == 0)
            {
                markupStart = i = afterWord;
                continue;
            }
            var expressionEnd = ImplicitExpressionEnd(text, i + 1, word == "await");
            Member($"async void E{members}__() {{ _ = {text[(i + 1)..expressionEnd]}; }}");
            markupStart = i = expressionEnd;
        }
        Markup(text.Length);
        output.Append(" }\n");
        return new Result(output.ToString(), TagHelperFlags(path, text));
    }

    // <feature name="A, B" negate="true" requirement="All" variant="V">: each named flag is checked by the page.
    private static List<FeatureFlagRead> TagHelperFlags(string path, string text)
    {
        var flags = new List<FeatureFlagRead>();
        foreach (Match tag in FeatureTag().Matches(text))
        {
            var names = AttributeValue(tag.Value, "name");
            if (names is null) continue;
            var line = 1 + text.AsSpan(0, tag.Index).Count('\n');
            foreach (var flag in names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                flags.Add(new FeatureFlagRead(flag, path, line, FeatureFlagCheck.TagHelper));
        }
        return flags;
    }

    private static string? AttributeValue(string tag, string name) =>
        Regex.Match(tag, $"""\b{name}\s*=\s*(?:"([^"]*)"|'([^']*)')""", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)) is { Success: true } match
            ? match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value
            : null;

    private static void AppendKeepingLines(StringBuilder output, string text, int from, int to) => output.Append(text, from, to - from);

    private static string Word(string text, int i)
    {
        var end = i;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_')) end++;
        return text[i..end];
    }

    private static int NextNonSpace(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        return i;
    }

    private static int LineEnd(string text, int i)
    {
        var end = text.IndexOf('\n', i);
        return end < 0 ? text.Length : end;
    }

    // @Model.Items[0].Name, @Configuration["k"], @await Component.InvokeAsync("x"): names joined by '.', '?.' and
    // followed by calls or indexers; it ends at whitespace, markup or a '.' that starts no name.
    private static int ImplicitExpressionEnd(string text, int i, bool awaited)
    {
        if (awaited)
            i = NextNonSpace(text, i + "await".Length);
        while (i < text.Length)
        {
            if (char.IsLetterOrDigit(text[i]) || text[i] == '_')
                i++;
            else if (text[i] is '(' or '[')
                i = CSharpText.MatchingClose(text, i);
            else if (text[i] == '.' && i + 1 < text.Length && (char.IsLetter(text[i + 1]) || text[i + 1] == '_'))
                i++;
            else if (text[i] == '?' && i + 2 < text.Length && text[i + 1] == '.' && char.IsLetter(text[i + 2]))
                i += 2;
            else
                break;
        }
        return i;
    }

    [GeneratedRegex(@"<feature\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FeatureTag();

    [GeneratedRegex(@"\G\}\s*else\s+if\s*\(", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ElseIf();
}
