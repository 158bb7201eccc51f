using Dashboard.Domain.Scanning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dashboard.Analysis.Scanning;

// Sections bound to options: Configure<T>(section), AddOptions<T>().Bind(section), .BindConfiguration("s"),
// section.Bind(obj), section.Get<T>(); the keys each bound type reads; and where options are taken
// (IOptions<T>, IOptionsSnapshot<T>, IOptionsMonitor<T>) and whether the value is kept from start-up.
internal sealed class OptionsBindingExtractor(CodeModel code, ConfigurationPaths paths, TreeFindings findings)
{
    private readonly OptionsShapes _shapes = new(code);
    private readonly HashSet<string> _described = new(StringComparer.Ordinal);

    public void ExtractConfigure(InvocationExpressionSyntax configure)
    {
        if (configure.FirstTypeArgument() is not { } type)
            return;
        var section = configure.ArgumentList.Arguments
            .Select(a => paths.PathOf(a.Expression))
            .FirstOrDefault(path => !string.IsNullOrEmpty(path));
        if (section is not null)
            Add(section, SyntaxNavigation.TypeName(type), configure);
    }

    public void ExtractBind(InvocationExpressionSyntax bind)
    {
        var argument = bind.Argument(0, "config") ?? bind.Argument(0, "instance");
        if (OptionsTypeOf(bind) is { } optionsType)
        {
            // services.AddOptions<T>().Bind(config.GetSection("s"))
            if (paths.PathOf(argument) is { Length: > 0 } boundSection)
                Add(boundSection, optionsType, bind);
            return;
        }
        if (paths.PathOf(bind.Receiver()) is not { } prefix)
            return;
        var arguments = bind.ArgumentList.Arguments;
        if (arguments.Count == 2 && code.String(arguments[0].Expression) is { IsKnown: true, Value: { } key })
            // config.Bind("s", obj)
            Add(ConfigurationPaths.Join(prefix, key), BoundTypeName(arguments[1].Expression), bind);
        else if (arguments.Count >= 1 && prefix.Length > 0)
            // config.GetSection("s").Bind(obj)
            Add(prefix, BoundTypeName(arguments[0].Expression), bind);
    }

    public void ExtractBindConfiguration(InvocationExpressionSyntax bindConfiguration)
    {
        if (code.String(bindConfiguration.Argument(0, "configSectionPath")) is { IsKnown: true, Value: { } section })
            Add(section, OptionsTypeOf(bindConfiguration), bindConfiguration);
    }

    public void ExtractGet(InvocationExpressionSyntax get)
    {
        if (get.FirstTypeArgument() is { } type && paths.PathOf(get.Receiver()) is { Length: > 0 } section)
            Add(section, SyntaxNavigation.TypeName(type), get);
    }

    // A parameter, field or property typed IOptions<T>, IOptionsSnapshot<T> or IOptionsMonitor<T>.
    public void ExtractConsumer(SyntaxNode declaration, TypeSyntax? declaredType, string name)
    {
        if (declaredType is not GenericNameSyntax { TypeArgumentList.Arguments.Count: 1 } generic)
            return;
        OptionsAccess? access = generic.Identifier.ValueText switch
        {
            "IOptions" => OptionsAccess.Options,
            "IOptionsSnapshot" => OptionsAccess.Snapshot,
            "IOptionsMonitor" => OptionsAccess.Monitor,
            _ => null,
        };
        if (access is null)
            return;
        var type = SyntaxNavigation.TypeName(generic.TypeArgumentList.Arguments[0]);
        Describe(type);
        var where = SourceLine.Of(declaration);
        var keptIn = ValueKeptIn(declaration, name);
        if (keptIn is { Timing: StartupCode.Timing.Construction, Class: { Length: > 0 } owner })
            findings.ConstructorConsumers.Add((owner, new OptionsConsumer(type, access.Value, CapturedAtStartup: true, where.File, where.Line)));
        else
            findings.OptionsConsumers.Add(new OptionsConsumer(type, access.Value, keptIn?.Timing == StartupCode.Timing.Startup, where.File, where.Line));
    }

    // options.Value or monitor.CurrentValue stored from a constructor or read in start-up code.
    private static StartupCode.Place? ValueKeptIn(SyntaxNode declaration, string name)
    {
        var scope = declaration.FirstAncestorOrSelf<TypeDeclarationSyntax>() ?? (SyntaxNode?)declaration.FirstAncestorOrSelf<CompilationUnitSyntax>();
        if (scope is null)
            return null;
        foreach (var access in scope.DescendantNodes().OfType<MemberAccessExpressionSyntax>())
        {
            if (access.Name.Identifier.ValueText is not ("Value" or "CurrentValue") || SyntaxNavigation.LastName(access.Expression) != name)
                continue;
            var place = StartupCode.Of(access);
            if (place.Timing != StartupCode.Timing.Live)
                return place;
        }
        return null;
    }

    // T of the AddOptions<T>() this call is chained onto.
    private static string? OptionsTypeOf(InvocationExpressionSyntax call) =>
        call.ReceiverCalls()
            .Where(c => c.MethodName() is "AddOptions" or "AddOptionsWithValidateOnStart")
            .Select(c => c.FirstTypeArgument())
            .Where(t => t is not null)
            .Select(t => SyntaxNavigation.TypeName(t!))
            .FirstOrDefault();

    private string? BoundTypeName(ExpressionSyntax instance) =>
        SyntaxNavigation.Unwrap(instance) is ObjectCreationExpressionSyntax creation
            ? SyntaxNavigation.TypeName(creation.Type)
            : code.DeclaredTypeName(instance);

    private void Add(string section, string? type, InvocationExpressionSyntax call)
    {
        var where = SourceLine.Of(call);
        findings.OptionsBindings.Add(new OptionsBinding(section, type, where.File, where.Line));
        if (type is not null)
            Describe(type);
    }

    private void Describe(string type)
    {
        if (_described.Add(type) && _shapes.Describe(type) is { } shape)
            findings.OptionsTypes.Add(shape);
    }
}
