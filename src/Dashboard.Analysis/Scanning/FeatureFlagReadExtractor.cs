using Dashboard.Domain.Scanning;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dashboard.Analysis.Scanning;

// Microsoft.FeatureManagement as code uses it: IsEnabledAsync("f") on any feature manager or snapshot,
// GetVariantAsync("f"), [FeatureGate(RequirementType.All, "a", Flags.B)], AddForFeature<TFilter>("f"),
// UseMiddlewareForFeature<T>("f"), UseForFeature("f", …) and WithVariantService<T>("f"). Flags may be strings,
// constants, single-assignment locals, static readonly fields or enum members.
internal sealed class FeatureFlagReadExtractor(CodeModel code, TreeFindings findings)
{
    public void ExtractCall(InvocationExpressionSyntax call, FeatureFlagCheck kind)
    {
        // IsEnabledAsync(feature[, context]); UseForFeature(feature, configure); the flag comes first everywhere.
        var argument = call.Argument(0, "feature") ?? call.Argument(0, "featureName");
        if (code.FlagName(argument) is { IsKnown: true, Value: { } flag })
            Add(flag, SourceLine.Of(call), kind);
    }

    public void ExtractFeatureGate(AttributeSyntax attribute)
    {
        var name = SyntaxNavigation.TypeName(attribute.Name);
        if (name is not ("FeatureGate" or "FeatureGateAttribute") || attribute.ArgumentList is null)
            return;
        var where = SourceLine.Of(attribute);
        // A RequirementType (All/Any) may come first, and "negate:" may be named; every other argument names a flag.
        foreach (var argument in attribute.ArgumentList.Arguments)
        {
            if (argument.NameEquals is not null || argument.NameColon is not null || argument.Expression.ToString().StartsWith("RequirementType.", StringComparison.Ordinal))
                continue;
            if (code.FlagName(argument.Expression) is { IsKnown: true, Value: { } flag })
                Add(flag, where, FeatureFlagCheck.FeatureGate);
        }
    }

    private void Add(string flag, SourceLine where, FeatureFlagCheck kind) =>
        findings.FeatureFlagReads.Add(new FeatureFlagRead(flag, where.File, where.Line, kind));
}
