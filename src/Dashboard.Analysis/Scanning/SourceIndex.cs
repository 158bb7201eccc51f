using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dashboard.Analysis.Scanning;

// The types one service declares, by name, across its files: enough to follow Keys.Timeout or Features.Beta to the
// file that declares them without binding anything. Built once per service, on first use, by whichever thread asks.
internal sealed class SourceIndex(IReadOnlyList<SyntaxTree> trees)
{
    private readonly Lazy<ILookup<string, BaseTypeDeclarationSyntax>> _types = new(() => trees
        .SelectMany(tree => tree.GetRoot().DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)
            .OfType<BaseTypeDeclarationSyntax>())
        .ToLookup(type => type.Identifier.ValueText, StringComparer.Ordinal));

    public IEnumerable<BaseTypeDeclarationSyntax> Types(string name) => _types.Value[name];
}
