using Dashboard.Domain.Scanning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dashboard.Analysis.Scanning;

// Key reads: config["k"] (also config?["k"]), GetValue<T>("k"), GetSection("s").Value, GetConnectionString("x"), and
// whole sections read with GetChildren()/Exists()/AsEnumerable(). Each read keeps the fallback the code gives, and a
// read kept from start-up is noted as such.
internal sealed class ConfigurationReadExtractor(CodeModel code, ConfigurationPaths paths, TreeFindings findings)
{
    private const int MaxFallbackLength = 80;

    public void ExtractIndexer(ElementAccessExpressionSyntax access)
    {
        if (access.ArgumentList.Arguments.Count != 1 || paths.PathOf(access.Expression) is not { } prefix)
            return;
        Add(prefix, code.String(access.ArgumentList.Arguments[0].Expression), access, ConfigReadKind.Indexer, Coalesced(access));
    }

    // config?["k"]: the receiver is the conditional access's own expression.
    public void ExtractConditionalIndexer(ElementBindingExpressionSyntax binding)
    {
        if (binding.ArgumentList.Arguments.Count != 1
            || SyntaxNavigation.ConditionalOwner(binding) is not { } owner
            || paths.PathOf(owner) is not { } prefix)
            return;
        var conditional = binding.Ancestors().OfType<ConditionalAccessExpressionSyntax>().Last(c => c.WhenNotNull.Span.Contains(binding.Span));
        Add(prefix, code.String(binding.ArgumentList.Arguments[0].Expression), binding, ConfigReadKind.Indexer, Coalesced(conditional));
    }

    public void ExtractGetValue(InvocationExpressionSyntax getValue)
    {
        if (paths.PathOf(getValue.Receiver()) is not { } prefix)
            return;
        // GetValue(typeof(T), "k"[, default]) puts the key second.
        var first = getValue.Argument(0, "key");
        var typed = first is TypeOfExpressionSyntax;
        var key = typed ? getValue.Argument(1, "key") : first;
        var fallback = getValue.Argument(typed ? 2 : 1, "defaultValue");
        Add(prefix, code.String(key), getValue, ConfigReadKind.GetValue, fallback is null ? Coalesced(getValue) : Shorten(fallback));
    }

    public void ExtractSectionValue(MemberAccessExpressionSyntax value)
    {
        // Only a section has a Value worth reading; IOptions<T>.Value and the like never resolve to a path.
        if (paths.PathOf(value.Expression) is not { Length: > 0 } section)
            return;
        Add(section, value.Name, ConfigReadKind.SectionValue, Coalesced(value));
    }

    public void ExtractConnectionString(InvocationExpressionSyntax getConnectionString)
    {
        if (getConnectionString.ArgumentList.Arguments.Count != 1)
            return;
        Add("ConnectionStrings", code.String(getConnectionString.Argument(0, "name")), getConnectionString, ConfigReadKind.ConnectionString,
            Coalesced(getConnectionString));
    }

    // section.GetChildren(), section.Exists(), section.AsEnumerable(): the code reads everything under the section.
    public void ExtractWholeSection(InvocationExpressionSyntax call)
    {
        if (paths.PathOf(call.Receiver()) is { Length: > 0 } section)
            Add(section, call, ConfigReadKind.Section, null);
    }

    private void Add(string prefix, ScannedValue<string> key, SyntaxNode at, ConfigReadKind kind, string? fallback)
    {
        // A key built at run time cannot be matched to a stored key; guessing would draw false edges on the map.
        if (key is { IsKnown: true, Value: not null })
            Add(ConfigurationPaths.Join(prefix, key.Value), at, kind, fallback);
    }

    private void Add(string key, SyntaxNode at, ConfigReadKind kind, string? fallback)
    {
        var where = at is InvocationExpressionSyntax invocation ? SourceLine.Of(invocation) : SourceLine.Of(at);
        var read = new ConfigRead(key, where.File, where.Line, kind) { Fallback = fallback };
        findings.Reads.Add(read);
        var place = StartupCode.Of(at);
        if (place.Where == StartupCode.ProviderOptions)
            findings.ReadsBeforeProvider.Add(read);
        var captured = new CapturedRead(key, place.Where, where.File, where.Line);
        if (place.Timing == StartupCode.Timing.Startup)
            findings.StartupCaptures.Add(captured);
        else if (place.Timing == StartupCode.Timing.Construction && place.Class is { Length: > 0 } owner)
            findings.ConstructorCaptures.Add((owner, captured));
    }

    // config["k"] ?? "default": the right-hand side is what the code falls back to.
    private static string? Coalesced(ExpressionSyntax read)
    {
        var outer = read;
        while (outer.Parent is ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax or ConditionalAccessExpressionSyntax
               && outer.Parent is ExpressionSyntax parent)
            outer = parent;
        return outer.Parent is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.CoalesceExpression) && binary.Left == outer
            ? Shorten(binary.Right)
            : null;
    }

    private static string Shorten(ExpressionSyntax expression)
    {
        var text = expression.ToString();
        text = string.Join(' ', text.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= MaxFallbackLength ? text : text[..MaxFallbackLength] + "…";
    }
}
