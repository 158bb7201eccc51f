using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dashboard.Analysis.Scanning;

// Finds the declaration behind a name from syntax alone, walking out through the scopes around it: lambda and method
// parameters, locals of enclosing blocks (and top-level statements), members and primary-constructor parameters of
// the enclosing types (with their other partial parts and base types in the service), then the service's types.
// Binding with a semantic model would answer too, at a hundred times the cost: a scan asks this thousands of times.
internal sealed class NameResolver(SourceIndex index)
{
    private const int MaxBaseTypes = 4;

    public Declaration? Resolve(ExpressionSyntax expression) => SyntaxNavigation.Unwrap(expression) switch
    {
        MemberAccessExpressionSyntax member => ResolveMember(member),
        SimpleNameSyntax name when name.Parent is MemberAccessExpressionSyntax access && access.Name == name => ResolveMember(access),
        SimpleNameSyntax name => ResolveInScope(name, name.Identifier.ValueText),
        _ => null,
    };

    public IEnumerable<BaseTypeDeclarationSyntax> Types(string name) => index.Types(name);

    private Declaration? ResolveMember(MemberAccessExpressionSyntax access)
    {
        var name = access.Name.Identifier.ValueText;
        var owner = SyntaxNavigation.Unwrap(access.Expression);
        if (owner is ThisExpressionSyntax or BaseExpressionSyntax)
            return access.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>() is { } self ? Member(self, name, 0) : null;
        var ownerDeclaration = Resolve(owner!);
        if (ownerDeclaration is { Kind: DeclarationKind.Type, Node: BaseTypeDeclarationSyntax type })
            return Member(type, name, 0);
        // A value of a type the service declares: its member.
        if (ownerDeclaration?.Type is { } ownerType && index.Types(SyntaxNavigation.TypeName(ownerType)).FirstOrDefault() is { } declared)
            return Member(declared, name, 0);
        // An unknown owner written as a type name (Keys.Timeout with Keys in another namespace, or qualified).
        if (ownerDeclaration is null && SyntaxNavigation.LastName(owner) is { } typeName)
            return index.Types(typeName).Select(t => Member(t, name, 0)).FirstOrDefault(d => d is not null);
        return null;
    }

    private Declaration? ResolveInScope(SyntaxNode from, string name)
    {
        for (var scope = from.Parent; scope is not null; scope = scope.Parent)
        {
            var found = scope switch
            {
                AnonymousFunctionExpressionSyntax lambda => Parameter(Parameters(lambda), name),
                LocalFunctionStatementSyntax local => Parameter(local.ParameterList.Parameters, name),
                BaseMethodDeclarationSyntax method => Parameter(method.ParameterList.Parameters, name),
                BlockSyntax block => InStatements(block.Statements, name),
                ForEachStatementSyntax each when each.Identifier.ValueText == name =>
                    new Declaration(DeclarationKind.Local, each, name, each.Type.IsVar ? null : each.Type, null, null),
                ForStatementSyntax loop => Variables(loop.Declaration, name),
                UsingStatementSyntax usingStatement => Variables(usingStatement.Declaration, name),
                BaseTypeDeclarationSyntax type => Member(type, name, 0),
                CompilationUnitSyntax unit => InStatements(unit.Members.OfType<GlobalStatementSyntax>().Select(g => g.Statement), name)
                                              ?? TypeNamed(name),
                BaseNamespaceDeclarationSyntax => TypeNamed(name),
                _ => null,
            };
            if (found is not null)
                return found;
        }
        return null;
    }

    private Declaration? TypeNamed(string name) =>
        index.Types(name).FirstOrDefault() is { } type ? new Declaration(DeclarationKind.Type, type, name, null, null, type) : null;

    private static IEnumerable<ParameterSyntax> Parameters(AnonymousFunctionExpressionSyntax lambda) => lambda switch
    {
        SimpleLambdaExpressionSyntax simple => [simple.Parameter],
        ParenthesizedLambdaExpressionSyntax parenthesized => parenthesized.ParameterList.Parameters,
        AnonymousMethodExpressionSyntax method => method.ParameterList?.Parameters ?? [],
        _ => [],
    };

    private static Declaration? Parameter(IEnumerable<ParameterSyntax> parameters, string name) =>
        parameters.FirstOrDefault(p => p.Identifier.ValueText == name) is { } parameter
            ? new Declaration(DeclarationKind.Parameter, parameter, name, parameter.Type, parameter.Default?.Value, parameter.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>())
            : null;

    private static Declaration? InStatements(IEnumerable<StatementSyntax> statements, string name)
    {
        foreach (var statement in statements)
        {
            switch (statement)
            {
                case LocalDeclarationStatementSyntax local when Variables(local.Declaration, name) is { } variable:
                    return variable;
                case LocalFunctionStatementSyntax function when function.Identifier.ValueText == name:
                    return new Declaration(DeclarationKind.LocalFunction, function, name, function.ReturnType, null, null);
            }
        }
        return null;
    }

    private static Declaration? Variables(VariableDeclarationSyntax? declaration, string name) =>
        declaration?.Variables.FirstOrDefault(v => v.Identifier.ValueText == name) is { } variable
            ? new Declaration(DeclarationKind.Local, variable, name, declaration.Type.IsVar ? null : declaration.Type, variable.Initializer?.Value, null)
            : null;

    // A member of a type, in any of its partial parts or its base types declared in the service.
    private Declaration? Member(BaseTypeDeclarationSyntax type, string name, int depth)
    {
        foreach (var part in index.Types(type.Identifier.ValueText).DefaultIfEmpty(type))
        {
            if (MemberOf(part, name) is { } member)
                return member;
        }
        if (depth >= MaxBaseTypes || type.BaseList is null)
            return null;
        foreach (var baseType in type.BaseList.Types)
            foreach (var declared in index.Types(SyntaxNavigation.TypeName(baseType.Type)))
                if (Member(declared, name, depth + 1) is { } inherited)
                    return inherited;
        return null;
    }

    private static Declaration? MemberOf(BaseTypeDeclarationSyntax type, string name)
    {
        if (type is EnumDeclarationSyntax enumeration)
            return enumeration.Members.FirstOrDefault(m => m.Identifier.ValueText == name) is { } value
                ? new Declaration(DeclarationKind.EnumMember, value, name, null, value.EqualsValue?.Value, type)
                : null;
        if (type is not TypeDeclarationSyntax declaration)
            return null;
        foreach (var member in declaration.Members)
        {
            switch (member)
            {
                case FieldDeclarationSyntax field when field.Declaration.Variables.FirstOrDefault(v => v.Identifier.ValueText == name) is { } variable:
                    return new Declaration(DeclarationKind.Field, variable, name, field.Declaration.Type, variable.Initializer?.Value, type);
                case PropertyDeclarationSyntax property when property.Identifier.ValueText == name:
                    return new Declaration(DeclarationKind.Property, property, name, property.Type, property.Initializer?.Value ?? property.ExpressionBody?.Expression, type);
                case MethodDeclarationSyntax method when method.Identifier.ValueText == name:
                    return new Declaration(DeclarationKind.Method, method, name, method.ReturnType, null, type);
                case BaseTypeDeclarationSyntax nested when nested.Identifier.ValueText == name:
                    return new Declaration(DeclarationKind.Type, nested, name, null, null, nested);
            }
        }
        return declaration.ParameterList is { } primary ? Parameter(primary.Parameters, name) : null;
    }
}
