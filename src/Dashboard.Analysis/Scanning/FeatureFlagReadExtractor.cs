using Dashboard.Domain.Scanning;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dashboard.Analysis.Scanning;

// Feature flags checked in code: IsEnabledAsync("id") and [FeatureGate("id", ...)].
internal sealed class FeatureFlagReadExtractor(CodeModel code, TreeFindings findings)
{
    public void ExtractIsEnabled(InvocationExpressionSyntax isEnabled)
    {
        if (code.String(isEnabled.Argument(0, "feature")) is { IsKnown: true, Value: { } flag })
            Add(flag, SourceLine.Of(isEnabled));
    }

    public void ExtractFeatureGate(AttributeSyntax attribute)
    {
        var name = attribute.Name is QualifiedNameSyntax qualified ? qualified.Right.ToString() : attribute.Name.ToString();
        if (name is not ("FeatureGate" or "FeatureGateAttribute") || attribute.ArgumentList is null)
            return;
        var where = SourceLine.Of(attribute);
        // The first argument may be a RequirementType; only the strings name flags.
        foreach (var argument in attribute.ArgumentList.Arguments)
        {
            if (code.String(argument.Expression) is { IsKnown: true, Value: { } flag })
                Add(flag, where);
        }
    }

    private void Add(string flag, SourceLine where) => findings.FeatureFlagReads.Add(new FeatureFlagRead(flag, where.File, where.Line));
}
