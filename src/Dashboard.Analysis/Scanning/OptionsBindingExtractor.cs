using Dashboard.Domain.Scanning;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dashboard.Analysis.Scanning;

// Sections bound to options: Configure<T>(section), AddOptions<T>().Bind(section),
// .BindConfiguration("s"), section.Bind(obj), section.Get<T>().
internal sealed class OptionsBindingExtractor(CodeModel code, ConfigurationPaths paths, TreeFindings findings)
{
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
            Add(ConfigurationPaths.Join(prefix, key), code.TypeNameOf(arguments[1].Expression), bind);
        else if (arguments.Count >= 1 && prefix.Length > 0)
            // config.GetSection("s").Bind(obj)
            Add(prefix, code.TypeNameOf(arguments[0].Expression), bind);
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

    // T of the AddOptions<T>() this call is chained onto.
    private static string? OptionsTypeOf(InvocationExpressionSyntax call) =>
        call.ReceiverCalls()
            .Where(c => c.MethodName() is "AddOptions" or "AddOptionsWithValidateOnStart")
            .Select(c => c.FirstTypeArgument())
            .Where(t => t is not null)
            .Select(t => SyntaxNavigation.TypeName(t!))
            .FirstOrDefault();

    private void Add(string section, string? type, InvocationExpressionSyntax call)
    {
        var where = SourceLine.Of(call);
        findings.OptionsBindings.Add(new OptionsBinding(section, type, where.File, where.Line));
    }
}
