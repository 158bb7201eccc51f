using Dashboard.Domain.Scanning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dashboard.Analysis.Scanning;

// One pass over one file, handing each interesting call, indexer, attribute and declaration to its extractor.
internal sealed class SourceTreeAnalyzer
{
    private readonly SyntaxTree _tree;
    private readonly TreeFindings _findings = new();
    private readonly CodeModel _code;
    private readonly AppConfigurationExtractor _appConfiguration;
    private readonly ConfigurationReadExtractor _reads;
    private readonly OptionsBindingExtractor _bindings;
    private readonly FeatureFlagReadExtractor _featureFlags;
    private readonly FunctionsBindingExtractor _functions;
    private readonly ReloadHandlerExtractor _reloadHandlers;
    private readonly HttpResilienceExtractor _httpClients;
    private readonly HealthCheckExtractor _health;

    public SourceTreeAnalyzer(SourceIndex index, SyntaxTree tree)
    {
        _tree = tree;
        _code = new CodeModel(index);
        var paths = new ConfigurationPaths(_code);
        _appConfiguration = new AppConfigurationExtractor(_code, _findings);
        _reads = new ConfigurationReadExtractor(_code, paths, _findings);
        _bindings = new OptionsBindingExtractor(_code, paths, _findings);
        _featureFlags = new FeatureFlagReadExtractor(_code, _findings);
        _functions = new FunctionsBindingExtractor(_code, _findings);
        _reloadHandlers = new ReloadHandlerExtractor(_code, _findings);
        _httpClients = new HttpResilienceExtractor(_code, paths, _findings);
        _health = new HealthCheckExtractor(_code, _findings);
    }

    /// <summary>What the file holds. On an exception the findings made so far are kept: the caller reports the rest.</summary>
    public TreeFindings Findings => _findings;

    public TreeFindings Analyze(CancellationToken cancellationToken)
    {
        foreach (var node in _tree.GetRoot(cancellationToken).DescendantNodes())
        {
            // A large file takes a while: a cancelled scan stops here rather than at the next file.
            cancellationToken.ThrowIfCancellationRequested();
            switch (node)
            {
                case InvocationExpressionSyntax invocation:
                    OnInvocation(invocation);
                    break;
                case ElementAccessExpressionSyntax access:
                    _reads.ExtractIndexer(access);
                    break;
                case ElementBindingExpressionSyntax binding:
                    _reads.ExtractConditionalIndexer(binding);
                    break;
                case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value" } value:
                    _reads.ExtractSectionValue(value);
                    break;
                case AttributeSyntax attribute:
                    _featureFlags.ExtractFeatureGate(attribute);
                    _functions.Extract(attribute);
                    break;
                case ParameterSyntax parameter:
                    _bindings.ExtractConsumer(parameter, parameter.Type, parameter.Identifier.ValueText);
                    break;
                case PropertyDeclarationSyntax property:
                    _bindings.ExtractConsumer(property, property.Type, property.Identifier.ValueText);
                    break;
                case VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: FieldDeclarationSyntax } declaration } field:
                    _bindings.ExtractConsumer(field, declaration.Type, field.Identifier.ValueText);
                    break;
                case AssignmentExpressionSyntax assignment:
                    _httpClients.ExtractTypedClientAddress(assignment);
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
            case "UseAzureAppConfiguration":
                Drives(RefreshDriverKind.Middleware, invocation);
                break;
            case "TryRefreshAsync":
                Drives(RefreshDriverKind.Refresher, invocation);
                break;
            case "RefreshAsync" when IsRefresher(invocation.Receiver()):
                Drives(RefreshDriverKind.Refresher, invocation);
                break;
            case "ProcessPushNotification" or "TryCreatePushNotification":
                Drives(RefreshDriverKind.PushNotification, invocation);
                break;
            case "GetValue":
                _reads.ExtractGetValue(invocation);
                break;
            case "GetConnectionString":
                _reads.ExtractConnectionString(invocation);
                break;
            case "GetChildren" or "Exists" or "AsEnumerable" when invocation.ArgumentList.Arguments.Count == 0:
                _reads.ExtractWholeSection(invocation);
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
                _featureFlags.ExtractCall(invocation, FeatureFlagCheck.IsEnabled);
                break;
            case "GetVariantAsync":
                _featureFlags.ExtractCall(invocation, FeatureFlagCheck.Variant);
                break;
            case "UseMiddlewareForFeature" or "UseForFeature":
                _featureFlags.ExtractCall(invocation, FeatureFlagCheck.Middleware);
                break;
            case "AddForFeature":
                _featureFlags.ExtractCall(invocation, FeatureFlagCheck.Filter);
                break;
            case "WithVariantService":
                _featureFlags.ExtractCall(invocation, FeatureFlagCheck.VariantService);
                break;
            case "OnChange":
                _reloadHandlers.Extract(invocation);
                break;
            case "AddHttpClient":
                _httpClients.Extract(invocation);
                break;
            case "ConfigureHttpClientDefaults":
                _httpClients.ExtractDefaults(invocation);
                break;
            case "AddSingleton" or "TryAddSingleton" or "AddHostedService":
                AddSingletons(invocation);
                break;
            case "MapHealthChecks" or "UseHealthChecks":
                _health.ExtractEndpoint(invocation);
                break;
            case "AddHealthChecks":
                _health.ExtractRegistrations(invocation);
                break;
        }
    }

    private void Drives(RefreshDriverKind kind, InvocationExpressionSyntax invocation)
    {
        var where = SourceLine.Of(invocation);
        _findings.RefreshDrivers.Add(new RefreshDriver(kind, where.File, where.Line));
    }

    // AddSingleton<T>(), AddSingleton<I, T>(), AddSingleton<I>(sp => new T(…)), AddSingleton(typeof(T)), AddHostedService<T>().
    private void AddSingletons(InvocationExpressionSyntax registration)
    {
        if (SyntaxNavigation.NameOf(registration) is GenericNameSyntax generic)
            foreach (var type in generic.TypeArgumentList.Arguments)
                _findings.Singletons.Add(SyntaxNavigation.TypeName(type));
        foreach (var argument in registration.ArgumentList.Arguments)
            foreach (var node in argument.Expression.DescendantNodesAndSelf())
            {
                if (node is TypeOfExpressionSyntax typeOf)
                    _findings.Singletons.Add(SyntaxNavigation.TypeName(typeOf.Type));
                else if (node is ObjectCreationExpressionSyntax creation)
                    _findings.Singletons.Add(SyntaxNavigation.TypeName(creation.Type));
            }
    }

    // RefreshAsync is a common name; only an IConfigurationRefresher's call drives App Configuration refresh.
    private bool IsRefresher(ExpressionSyntax? receiver) =>
        receiver is not null
        && (receiver.ToString().Contains("refresher", StringComparison.OrdinalIgnoreCase)
            || (_code.DeclaredTypeName(receiver)?.Contains("Refresher", StringComparison.Ordinal) ?? false));
}
