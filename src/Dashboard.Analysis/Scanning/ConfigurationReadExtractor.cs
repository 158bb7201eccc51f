using Dashboard.Domain.Scanning;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dashboard.Analysis.Scanning;

// Key reads: config["k"], GetValue<T>("k"), GetSection("s").Value, GetConnectionString("x").
internal sealed class ConfigurationReadExtractor(CodeModel code, ConfigurationPaths paths, TreeFindings findings)
{
    public void ExtractIndexer(ElementAccessExpressionSyntax access)
    {
        if (access.ArgumentList.Arguments.Count != 1 || paths.PathOf(access.Expression) is not { } prefix)
            return;
        Add(prefix, code.String(access.ArgumentList.Arguments[0].Expression), SourceLine.Of(access), ConfigReadKind.Indexer);
    }

    public void ExtractGetValue(InvocationExpressionSyntax getValue)
    {
        if (paths.PathOf(getValue.Receiver()) is not { } prefix)
            return;
        // GetValue(typeof(T), "k") puts the key second.
        var first = getValue.Argument(0, "key");
        var key = first is TypeOfExpressionSyntax ? getValue.Argument(1, "key") : first;
        Add(prefix, code.String(key), SourceLine.Of(getValue), ConfigReadKind.GetValue);
    }

    public void ExtractSectionValue(MemberAccessExpressionSyntax value)
    {
        // Only a section has a Value worth reading; IOptions<T>.Value and the like never resolve to a path.
        if (paths.PathOf(value.Expression) is not { Length: > 0 } section)
            return;
        var where = SourceLine.Of(value.Name);
        findings.Reads.Add(new ConfigRead(section, where.File, where.Line, ConfigReadKind.SectionValue));
    }

    public void ExtractConnectionString(InvocationExpressionSyntax getConnectionString)
    {
        if (getConnectionString.ArgumentList.Arguments.Count != 1)
            return;
        Add("ConnectionStrings", code.String(getConnectionString.Argument(0, "name")), SourceLine.Of(getConnectionString), ConfigReadKind.ConnectionString);
    }

    private void Add(string prefix, ScannedValue<string> key, SourceLine where, ConfigReadKind kind)
    {
        // A key built at run time cannot be matched to a stored key; guessing would draw false edges on the map.
        if (key is { IsKnown: true, Value: not null })
            findings.Reads.Add(new ConfigRead(ConfigurationPaths.Join(prefix, key.Value), where.File, where.Line, kind));
    }
}
