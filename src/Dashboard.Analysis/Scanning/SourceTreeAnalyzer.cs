using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dashboard.Analysis.Scanning;

// One pass over one file, handing each interesting call, indexer and attribute to its extractor.
internal sealed class SourceTreeAnalyzer
{
    private readonly SyntaxTree _tree;
    private readonly TreeFindings _findings = new();
    private readonly CodeModel _code;
    private readonly AppConfigurationExtractor _appConfiguration;
    private readonly ConfigurationReadExtractor _reads;
    private readonly OptionsBindingExtractor _bindings;
    private readonly FeatureFlagReadExtractor _featureFlags;
    private readonly ReloadHandlerExtractor _reloadHandlers;
    private readonly HttpResilienceExtractor _httpClients;
    private readonly HealthCheckExtractor _health;

    public SourceTreeAnalyzer(Compilation compilation, SyntaxTree tree)
    {
        _tree = tree;
        _code = new CodeModel(compilation);
        var paths = new ConfigurationPaths(_code);
        _appConfiguration = new AppConfigurationExtractor(_code, _findings);
        _reads = new ConfigurationReadExtractor(_code, paths, _findings);
        _bindings = new OptionsBindingExtractor(_code, paths, _findings);
        _featureFlags = new FeatureFlagReadExtractor(_code, _findings);
        _reloadHandlers = new ReloadHandlerExtractor(_code, _findings);
        _httpClients = new HttpResilienceExtractor(_code, _findings);
        _health = new HealthCheckExtractor(_code, _findings);
    }

    public TreeFindings Analyze(CancellationToken cancellationToken)
    {
        foreach (var node in _tree.GetRoot(cancellationToken).DescendantNodes())
        {
            switch (node)
            {
                case InvocationExpressionSyntax invocation:
                    OnInvocation(invocation);
                    break;
                case ElementAccessExpressionSyntax access:
                    _reads.ExtractIndexer(access);
                    break;
                case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value" } value:
                    _reads.ExtractSectionValue(value);
                    break;
                case AttributeSyntax attribute:
                    _featureFlags.ExtractFeatureGate(attribute);
                    break;
            }
        }
        return _findings;
    }

    private void OnInvocation(InvocationExpressionSyntax invocation)
    {
        switch (invocation.MethodName())
        {
            case "AddAzureAppConfiguration":
                _appConfiguration.Extract(invocation);
                break;
            case "UseAzureAppConfiguration" or "TryRefreshAsync":
                _findings.RefreshDriven = true;
                break;
            case "RefreshAsync" when IsRefresher(invocation.Receiver()):
                _findings.RefreshDriven = true;
                break;
            case "GetValue":
                _reads.ExtractGetValue(invocation);
                break;
            case "GetConnectionString":
                _reads.ExtractConnectionString(invocation);
                break;
            case "Configure":
                _bindings.ExtractConfigure(invocation);
                break;
            case "Bind":
                _bindings.ExtractBind(invocation);
                break;
            case "BindConfiguration":
                _bindings.ExtractBindConfiguration(invocation);
                break;
            case "Get":
                _bindings.ExtractGet(invocation);
                break;
            case "IsEnabledAsync":
                _featureFlags.ExtractIsEnabled(invocation);
                break;
            case "OnChange":
                _reloadHandlers.Extract(invocation);
                break;
            case "AddHttpClient":
                _httpClients.Extract(invocation);
                break;
            case "MapHealthChecks" or "UseHealthChecks":
                _health.ExtractEndpoint(invocation);
                break;
            case "AddHealthChecks":
                _health.ExtractRegistrations(invocation);
                break;
        }
    }

    // RefreshAsync is a common name; only an IConfigurationRefresher's call drives App Configuration refresh.
    private bool IsRefresher(ExpressionSyntax? receiver) =>
        receiver is not null
        && (receiver.ToString().Contains("refresher", StringComparison.OrdinalIgnoreCase)
            || (_code.TypeNameOf(receiver)?.Contains("Refresher", StringComparison.Ordinal) ?? false));
}
