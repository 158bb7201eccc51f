using Dashboard.Analysis.ConfigExport;
using Dashboard.Domain.BlastRadius;

namespace Dashboard.Cli;

/// <summary>
/// A <c>--diff</c> run as a pull-request comment: the highest risk first, one table row per changed key-value (values
/// masked where secret), and per key a folded section with the explanation and the risks, so the comment stays short.
/// </summary>
public static class DiffMarkdown
{
    public static async Task WriteAsync(IReadOnlyList<DiffedKey> keys, TextWriter output)
    {
        if (keys.Count == 0)
        {
            await output.WriteLineAsync("### Config blast radius: no key-values changed");
            return;
        }
        var highest = keys.Max(k => k.Radius.RiskLevel);
        await output.WriteLineAsync($"### Config blast radius: {Badge(highest)}");
        await output.WriteLineAsync();
        await output.WriteLineAsync($"{Count(keys, ExportChangeKind.Changed, "changed")}, {Count(keys, ExportChangeKind.Added, "added")}, "
            + $"{Count(keys, ExportChangeKind.Deleted, "deleted")}; highest risk **{Name(highest)}**.");
        await output.WriteLineAsync();
        await output.WriteLineAsync("| Risk | Change | Key | Label | Before | After | Affected services |");
        await output.WriteLineAsync("|---|---|---|---|---|---|---|");
        foreach (var key in keys.OrderByDescending(k => k.Radius.RiskLevel))
            await output.WriteLineAsync($"| {Badge(key.Radius.RiskLevel)} | {Name(key.Change.Kind)} | {Code(key.Change.Key)} | {Cell(key.Change.Label ?? "(no label)")} "
                + $"| {Code(ShownValue.Of(key.Change.Before))} | {Code(ShownValue.Of(key.Change.After))} | {Cell(Affected(key.Radius))} |");
        foreach (var key in keys.Where(k => k.Radius.RiskLevel > RiskLevel.Low).OrderByDescending(k => k.Radius.RiskLevel))
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync($"<details><summary>{Html(key.Change.Key)} ({Html(key.Change.Label ?? "no label")}): why {Name(key.Radius.RiskLevel)}</summary>");
            await output.WriteLineAsync();
            await output.WriteLineAsync(Line(key.Radius.RiskExplanation));
            await output.WriteLineAsync();
            foreach (var risk in key.Radius.Risks)
                await output.WriteLineAsync($"- **{Line(risk.Rule)}**{(risk.Service is null ? "" : $" ({Line(risk.Service)})")}: {Line(risk.Message)} — {Line(risk.Evidence)}");
            await output.WriteLineAsync();
            await output.WriteLineAsync("</details>");
        }
    }

    private static string Affected(Domain.BlastRadius.BlastRadius radius) => radius.Affected.Count == 0 ? "none found"
        : string.Join(", ", radius.Affected.Select(a => a.Reloads ? $"{a.Service} (reloads)" : a.Service));

    private static string Count(IReadOnlyList<DiffedKey> keys, ExportChangeKind kind, string word) => $"{keys.Count(k => k.Change.Kind == kind)} {word}";

    private static string Badge(RiskLevel level) => level switch
    {
        RiskLevel.Critical => "🔴 critical",
        RiskLevel.High => "🟠 high",
        RiskLevel.Medium => "🟡 medium",
        _ => "🟢 low",
    };

    private static string Name(RiskLevel level) => level.ToString().ToLowerInvariant();

    private static string Name(ExportChangeKind kind) => kind.ToString().ToLowerInvariant();

    // Table cells: a pipe would end the cell and a line break the row.
    private static string Cell(string text) => Line(text).Replace("|", "\\|", StringComparison.Ordinal);

    // Inline code with a fence longer than any backtick run in the text, so a value cannot close it early.
    private static string Code(string text)
    {
        var cell = Cell(text);
        var fence = new string('`', LongestBacktickRun(cell) + 1);
        return $"{fence} {cell} {fence}";
    }

    private static int LongestBacktickRun(string text)
    {
        int longest = 0, run = 0;
        foreach (var character in text)
        {
            run = character == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }

    private static string Line(string? text) => (text ?? "").Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Html(string text) => System.Net.WebUtility.HtmlEncode(Line(text));
}
