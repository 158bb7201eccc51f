using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Dashboard.Analysis.Catalog;

// Walks the YAML as events (no recursion, nothing built) and names the first limit it breaks, a key given twice in
// one mapping (whatever its tag), or a syntax error, with its line.
internal static class YamlShapeGuard
{
    public sealed record Breach(int Line, string Message);

    private sealed class Collection(long nodesBefore, string? anchor, bool isMapping)
    {
        public long NodesBefore { get; } = nodesBefore;
        public string? Anchor { get; } = anchor;
        public HashSet<string>? Keys { get; } = isMapping ? new(StringComparer.Ordinal) : null;
        public bool NextIsKey { get; set; } = isMapping;
    }

    public static Breach? Check(string text, YamlLimits limits)
    {
        var scanner = new Scanner(new StringReader(text));
        try
        {
            return Walk(new Parser(scanner), limits);
        }
        catch (YamlException ex)
        {
            return new Breach((int)ex.Start.Line, $"not valid YAML ({ex.InnerException?.Message ?? ex.Message}); fix the syntax, the file was skipped.");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet gives up this way on some unclosed flow collections (e.g. "[unclosed" followed by more keys).
            return new Breach((int)scanner.CurrentPosition.Line, "not valid YAML (an unclosed '[', '{' or quote); fix the syntax, the file was skipped.");
        }
    }

    private static Breach? Walk(Parser parser, YamlLimits limits)
    {
        var open = new Stack<Collection>();
        var anchorSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        long nodes = 0;
        var documents = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            var line = (int)current.Start.Line;
            if (current is NodeEvent && KeyGivenTwice(open, current) is { } key)
                return Skipped(line, $"gives the key '{key}' twice in one mapping; keep one.");
            switch (current)
            {
                case DocumentStart:
                    if (++documents > limits.MaxDocuments)
                        return Skipped(line, $"holds more than {limits.MaxDocuments} YAML documents; split it into several files.");
                    break;
                case NodeEvent node when node is SequenceStart or MappingStart:
                    nodes++;
                    if (open.Count >= limits.MaxDepth)
                        return Skipped(line, $"nests deeper than {limits.MaxDepth} levels; a catalog descriptor needs only a few.");
                    open.Push(new Collection(nodes, node.Anchor.IsEmpty ? null : node.Anchor.Value, node is MappingStart));
                    break;
                case SequenceEnd or MappingEnd:
                    var closed = open.Pop();
                    if (closed.Anchor is not null)
                        anchorSizes[closed.Anchor] = nodes - closed.NodesBefore + 1;
                    break;
                case Scalar scalar:
                    nodes++;
                    if (scalar.Value.Length > limits.MaxScalarLength)
                        return Skipped(line, $"has a value longer than {limits.MaxScalarLength / 1024} KB; descriptors hold names, URLs and short text.");
                    if (!scalar.Anchor.IsEmpty)
                        anchorSizes[scalar.Anchor.Value] = 1;
                    break;
                case AnchorAlias alias:
                    // An alias repeats its anchor's whole node wherever it is loaded: count it at that size.
                    nodes += anchorSizes.GetValueOrDefault(alias.Value.Value, 1);
                    break;
            }
            if (nodes > limits.MaxNodes)
                return Skipped(line, $"expands to more than {limits.MaxNodes:N0} nodes (aliases counted as the nodes they repeat): too large, or an alias bomb.");
        }
        return null;
    }

    // Mapping entries alternate key and value; a scalar key seen before in the same mapping is a duplicate even when
    // one of them is tagged (!!str name), which YamlDotNet's loader would otherwise keep as two keys.
    private static string? KeyGivenTwice(Stack<Collection> open, ParsingEvent node)
    {
        if (!open.TryPeek(out var parent) || parent.Keys is null)
            return null;
        var isKey = parent.NextIsKey;
        parent.NextIsKey = !isKey;
        return isKey && node is Scalar { Value: var key } && !parent.Keys.Add(key) ? key : null;
    }

    private static Breach Skipped(int line, string problem) => new(line, $"the YAML {problem} The file was skipped.");
}
