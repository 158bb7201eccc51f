using Dashboard.Domain.Scanning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dashboard.Analysis.Scanning;

// Reads an AddAzureAppConfiguration(options => ...) registration: selectors, snapshots, trimmed prefixes,
// refresh registrations and interval, feature flag selectors.
internal sealed class AppConfigurationExtractor(CodeModel code, TreeFindings findings)
{
    public void Extract(InvocationExpressionSyntax registration)
    {
        // services.AddAzureAppConfiguration() with no argument registers the refresh middleware's services, not a provider.
        if (registration.ArgumentList.Arguments.Count == 0)
            return;
        var options = registration.ArgumentList.Arguments
            .Select(a => a.Expression)
            .Select(e => SyntaxNavigation.LambdaBody(e) ?? code.Definitions(e).FirstOrDefault())
            .FirstOrDefault(body => body is not null);
        var selected = options is not null && ReadOptions(options);
        if (!selected)
        {
            // The provider's default: every key with the null label.
            var where = SourceLine.Of(registration);
            findings.Selectors.Add(new ConfigSelector("*", AppConfigLabel.Null, false, where.File, where.Line));
        }
    }

    // Returns whether the options select keys or a snapshot themselves.
    private bool ReadOptions(SyntaxNode options)
    {
        var selected = false;
        // In source order: a chain's outer calls come first in the tree, but Select("a").Select("b") means a, then b.
        var calls = options.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>()
            .OrderBy(call => SyntaxNavigation.NameOf(call)?.SpanStart ?? call.SpanStart);
        foreach (var call in calls)
        {
            var owner = SyntaxNavigation.LambdaOwnerWithin(call, options);
            var ownerName = owner?.MethodName();
            switch (call.MethodName())
            {
                case "Select" when owner is null:
                    selected |= AddSelector(call);
                    break;
                case "SelectSnapshot" when owner is null:
                    selected |= AddSnapshot(call);
                    break;
                case "TrimKeyPrefix" when owner is null:
                    AddTrimKeyPrefix(call);
                    break;
                case "UseFeatureFlags" when owner is null:
                    AddFeatureFlagSelectors(call);
                    break;
                case "ConfigureKeyVault" when owner is null:
                    AddKeyVault(call);
                    break;
                case "Register" when ownerName == "ConfigureRefresh":
                    AddRefreshRegistration(call);
                    break;
                case "RegisterAll" when ownerName == "ConfigureRefresh":
                    findings.WatchAll = true;
                    break;
                case "SetRefreshInterval" or "SetCacheExpiration" when ownerName == "ConfigureRefresh":
                    SetRefreshInterval(call);
                    break;
            }
        }
        return selected;
    }

    private bool AddSelector(InvocationExpressionSyntax select)
    {
        var where = SourceLine.Of(select);
        var key = code.String(select.Argument(0, "keyFilter"));
        if (!key.IsKnown || key.Value is null)
        {
            findings.Diagnose(where, $"the key filter '{select.Argument(0, "keyFilter")}' is computed at run time; the selector is left out.");
            return true;
        }
        var label = code.Label(select.Argument(1, "labelFilter"));
        findings.Selectors.Add(new ConfigSelector(key.Value, label.Value, !label.IsKnown, where.File, where.Line));
        return true;
    }

    private bool AddSnapshot(InvocationExpressionSyntax selectSnapshot)
    {
        var where = SourceLine.Of(selectSnapshot);
        var name = code.String(selectSnapshot.Argument(0, "name"));
        if (name is { IsKnown: true, Value: not null })
            findings.SnapshotSelectors.Add(new SnapshotSelector(name.Value, where.File, where.Line));
        else
            findings.Diagnose(where, "the snapshot name is computed at run time; the snapshot is left out.");
        return true;
    }

    private void AddTrimKeyPrefix(InvocationExpressionSyntax trim)
    {
        var prefix = code.String(trim.Argument(0, "prefix"));
        if (prefix is { IsKnown: true, Value: not null })
            findings.TrimKeyPrefixes.Add(prefix.Value);
        else
            findings.Diagnose(SourceLine.Of(trim), "the trimmed key prefix is computed at run time.");
    }

    private void AddFeatureFlagSelectors(InvocationExpressionSyntax useFeatureFlags)
    {
        var flagOptions = SyntaxNavigation.LambdaBody(useFeatureFlags.Argument(0, "configure"));
        var filters = flagOptions is null
            ? []
            : flagOptions.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>()
                .Where(call => call.MethodName() == "Select" && SyntaxNavigation.LambdaOwnerWithin(call, flagOptions) is null)
                .Select(call => code.String(call.Argument(0, "featureFlagFilter")))
                .ToList();
        if (filters.Count == 0)
        {
            findings.FeatureFlagSelectors.Add("*");
            return;
        }
        foreach (var filter in filters)
        {
            if (filter is { IsKnown: true, Value: not null })
                findings.FeatureFlagSelectors.Add(filter.Value);
            else
                findings.Diagnose(SourceLine.Of(useFeatureFlags), "a feature flag filter is computed at run time; it is left out.");
        }
    }

    // ConfigureKeyVault(kv => kv.SetCredential(…).SetSecretRefreshInterval(TimeSpan.FromHours(1))).
    private void AddKeyVault(InvocationExpressionSyntax configureKeyVault)
    {
        var where = SourceLine.Of(configureKeyVault);
        var body = SyntaxNavigation.LambdaBody(configureKeyVault.Argument(0, "configure")) ?? code.Definitions(configureKeyVault.Argument(0, "configure")).FirstOrDefault();
        var refresh = body?.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>()
            .FirstOrDefault(call => call.MethodName() == "SetSecretRefreshInterval");
        double? seconds = null;
        if (refresh is not null)
        {
            // SetSecretRefreshInterval(interval) or SetSecretRefreshInterval(secretReferenceKey, interval).
            seconds = code.Seconds(refresh.ArgumentList.Arguments.LastOrDefault()?.Expression);
            if (seconds is null)
                findings.Diagnose(SourceLine.Of(refresh), "the Key Vault secret refresh interval is computed at run time.");
        }
        findings.KeyVault = new KeyVaultUse(seconds, where.File, where.Line);
    }

    private void AddRefreshRegistration(InvocationExpressionSyntax register)
    {
        var where = SourceLine.Of(register);
        var key = code.String(register.Argument(0, "key"));
        if (key is not { IsKnown: true, Value: not null })
        {
            findings.Diagnose(where, "a refresh key is computed at run time; the registration is left out.");
            return;
        }
        var labelArgument = register.Argument(1, "label");
        var refreshAll = code.Bool(register.Argument(2, "refreshAll"));
        // Register(key, refreshAll) and Register(key, label) share the second position: a bool decides.
        if (code.Bool(labelArgument) is { } secondIsRefreshAll)
        {
            refreshAll = secondIsRefreshAll;
            labelArgument = null;
        }
        var label = code.Label(labelArgument);
        findings.Refresh.Add(new RefreshRegistration(key.Value, label.Value, !label.IsKnown, refreshAll ?? false, where.File, where.Line));
    }

    private void SetRefreshInterval(InvocationExpressionSyntax setInterval)
    {
        var seconds = code.Seconds(setInterval.Argument(0, "refreshInterval") ?? setInterval.Argument(0, "cacheExpiration"));
        if (seconds is null)
            findings.Diagnose(SourceLine.Of(setInterval),
                $"the refresh interval is computed at run time; the default of {ServiceScan.DefaultRefreshIntervalSeconds:0} s is assumed.");
        else
            findings.RefreshIntervalSeconds = seconds;
    }
}
