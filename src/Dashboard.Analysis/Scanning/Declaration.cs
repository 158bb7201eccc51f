using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dashboard.Analysis.Scanning;

// The declaration behind a name, read from syntax: what it is, its declared type (null for var or an untyped lambda
// parameter), the value it starts with, and the type it belongs to.
internal sealed record Declaration(
    DeclarationKind Kind,
    SyntaxNode Node,
    string Name,
    TypeSyntax? Type,
    ExpressionSyntax? Initializer,
    BaseTypeDeclarationSyntax? Owner)
{
    public bool IsConstant => Node is VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax or LocalDeclarationStatementSyntax } declarator
                              && Modifiers(declarator).Any(SyntaxKind.ConstKeyword);

    public bool IsReadOnly => Node is VariableDeclaratorSyntax declarator && Modifiers(declarator).Any(m => m.IsKind(SyntaxKind.ReadOnlyKeyword) || m.IsKind(SyntaxKind.ConstKeyword));

    // A property without a setter (an init accessor counts as one).
    public bool IsGetOnly => Node is PropertyDeclarationSyntax property
                             && (property.ExpressionBody is not null || property.AccessorList?.Accessors.All(a => a.IsKind(SyntaxKind.GetAccessorDeclaration)) == true);

    // The code a name stands for: an initializer, a property's getter, a method's body.
    public SyntaxNode? Body => Node switch
    {
        VariableDeclaratorSyntax variable => variable.Initializer?.Value,
        PropertyDeclarationSyntax property => property.ExpressionBody?.Expression ?? property.Initializer?.Value ?? Getter(property),
        BaseMethodDeclarationSyntax method => (SyntaxNode?)method.Body ?? method.ExpressionBody?.Expression,
        LocalFunctionStatementSyntax local => (SyntaxNode?)local.Body ?? local.ExpressionBody?.Expression,
        _ => null,
    };

    private static SyntaxTokenList Modifiers(VariableDeclaratorSyntax declarator) => declarator.Parent?.Parent switch
    {
        FieldDeclarationSyntax field => field.Modifiers,
        LocalDeclarationStatementSyntax local => local.Modifiers,
        _ => default,
    };

    private static SyntaxNode? Getter(PropertyDeclarationSyntax property)
    {
        var getter = property.AccessorList?.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration));
        return (SyntaxNode?)getter?.Body ?? getter?.ExpressionBody?.Expression;
    }
}
