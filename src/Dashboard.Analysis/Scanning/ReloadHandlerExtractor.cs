using Dashboard.Domain.Scanning;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dashboard.Analysis.Scanning;

// IOptionsMonitor<T>.OnChange(handler): which options reload, and how the handler swaps resources.
internal sealed class ReloadHandlerExtractor(CodeModel code, TreeFindings findings)
{
    private readonly ReloadHandlerClassifier _classifier = new(code);

    public void Extract(InvocationExpressionSyntax onChange)
    {
        // ChangeToken.OnChange(producer, consumer) takes two arguments; the options monitor's takes one listener.
        if (onChange.ArgumentList.Arguments.Count != 1 || onChange.Receiver() is not { } monitor)
            return;
        var listener = onChange.ArgumentList.Arguments[0].Expression;
        var body = SyntaxNavigation.LambdaBody(listener) ?? code.Definitions(listener).FirstOrDefault();
        var (classification, resource) = body is null
            ? (ReloadClassification.NoResource, null)
            : _classifier.Classify(body);
        var where = SourceLine.Of(onChange);
        var handler = new ReloadHandler(OptionsTypeOf(monitor), classification, where.File, where.Line);
        findings.ReloadHandlers.Add(handler);
        if (classification == ReloadClassification.DisposeBeforeCreate)
            findings.Findings.Add(ScanFindingRules.DisposeBeforeCreate(handler, resource));
    }

    // T of the IOptionsMonitor<T> the handler is registered on, from its declared type.
    private string? OptionsTypeOf(ExpressionSyntax monitor) =>
        code.DeclaredType(monitor) is GenericNameSyntax { TypeArgumentList.Arguments.Count: 1 } generic
            ? SyntaxNavigation.TypeName(generic.TypeArgumentList.Arguments[0])
            : null;
}
