using Dashboard.Domain.Scanning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dashboard.Analysis.Scanning;

// Cheap semantics over one service's compilation: constant values (literals and const fields), the
// declarations behind names, and type names. Semantic models are created only when syntax alone is not enough,
// because binding is the expensive part of a scan. One instance per tree and thread.
internal sealed class CodeModel(Compilation compilation)
{
    private const int MaxDefinitionDepth = 3;
    private readonly Dictionary<SyntaxTree, SemanticModel> _models = [];

    private const int MaxValueDepth = 8;

    /// <summary>The first line where an expression was too deeply nested for the compiler to evaluate, if any.</summary>
    public int? FirstTooComplexLine { get; private set; }

    public ScannedValue<string> String(ExpressionSyntax? expression) => String(expression, 0);

    // A flag named as a string, a constant, or an enum member (FeatureGate(MyFlags.Beta), MyFlags.Beta.ToString()).
    public ScannedValue<string> FlagName(ExpressionSyntax? expression)
    {
        var value = String(expression);
        if (value.IsKnown)
            return value;
        expression = SyntaxNavigation.Unwrap(expression);
        if (expression is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 } toString && toString.MethodName() == "ToString")
            expression = SyntaxNavigation.Unwrap(toString.Receiver());
        return expression is MemberAccessExpressionSyntax member && SymbolOf(member) is IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum } field
            ? ScannedValue<string>.Known(field.Name)
            : ScannedValue<string>.Dynamic;
    }

    private ScannedValue<string> String(ExpressionSyntax? expression, int depth)
    {
        expression = SyntaxNavigation.Unwrap(expression);
        switch (expression)
        {
            case null:
                return ScannedValue<string>.Dynamic;
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                return ScannedValue<string>.Known(literal.Token.ValueText);
            case LiteralExpressionSyntax literal when SyntaxNavigation.IsNullLiteral(literal):
                return ScannedValue<string>.Known(null);
            // The provider's own constants: no reference to the provider is loaded, so they are known by name.
            case MemberAccessExpressionSyntax member when member.ToString().EndsWith("LabelFilter.Null", StringComparison.Ordinal):
                return ScannedValue<string>.Known(AppConfigLabel.Null);
            case MemberAccessExpressionSyntax member when member.ToString().EndsWith("KeyFilter.Any", StringComparison.Ordinal):
                return ScannedValue<string>.Known("*");
        }
        var constant = Constant(expression);
        if (constant is { HasValue: true, Value: string or null })
            return ScannedValue<string>.Known((string?)constant.Value);
        if (depth >= MaxValueDepth)
            return ScannedValue<string>.Dynamic;
        return expression switch
        {
            BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) => Concatenate([binary.Left, binary.Right], depth),
            InterpolatedStringExpressionSyntax interpolated => Interpolate(interpolated, depth),
            IdentifierNameSyntax or MemberAccessExpressionSyntax => SingleValueOf(expression, depth),
            _ => ScannedValue<string>.Dynamic,
        };
    }

    private ScannedValue<string> Concatenate(IEnumerable<ExpressionSyntax> parts, int depth)
    {
        var text = new System.Text.StringBuilder();
        foreach (var part in parts)
        {
            var value = String(part, depth + 1);
            if (!value.IsKnown) return ScannedValue<string>.Dynamic;
            text.Append(value.Value);
        }
        return ScannedValue<string>.Known(text.ToString());
    }

    private ScannedValue<string> Interpolate(InterpolatedStringExpressionSyntax interpolated, int depth)
    {
        var text = new System.Text.StringBuilder();
        foreach (var content in interpolated.Contents)
        {
            if (content is InterpolatedStringTextSyntax literal)
            {
                text.Append(literal.TextToken.ValueText);
                continue;
            }
            var hole = (InterpolationSyntax)content;
            var value = hole.FormatClause is null && hole.AlignmentClause is null ? String(hole.Expression, depth + 1) : ScannedValue<string>.Dynamic;
            if (!value.IsKnown) return ScannedValue<string>.Dynamic;
            text.Append(value.Value);
        }
        return ScannedValue<string>.Known(text.ToString());
    }

    // A name that holds one value for good: a local assigned once, a static readonly or readonly field with an
    // initializer, a get-only property returning a value. Names assigned again elsewhere are not guessed.
    private ScannedValue<string> SingleValueOf(ExpressionSyntax name, int depth)
    {
        var symbol = SymbolOf(name);
        var declaration = symbol?.DeclaringSyntaxReferences.Length == 1 ? symbol.DeclaringSyntaxReferences[0].GetSyntax() : null;
        ExpressionSyntax? value = (symbol, declaration) switch
        {
            (ILocalSymbol, VariableDeclaratorSyntax local) when !AssignedAgain(local) => local.Initializer?.Value,
            (IFieldSymbol { IsReadOnly: true }, VariableDeclaratorSyntax field) => field.Initializer?.Value,
            (IPropertySymbol { SetMethod: null }, PropertyDeclarationSyntax property) => property.ExpressionBody?.Expression ?? property.Initializer?.Value,
            _ => null,
        };
        return value is null ? ScannedValue<string>.Dynamic : String(value, depth + 1);
    }

    private static bool AssignedAgain(VariableDeclaratorSyntax local)
    {
        var scope = local.FirstAncestorOrSelf<BlockSyntax>() ?? (SyntaxNode?)local.FirstAncestorOrSelf<CompilationUnitSyntax>();
        var name = local.Identifier.ValueText;
        return scope is not null && scope.DescendantNodes().OfType<AssignmentExpressionSyntax>()
            .Any(a => a.Left is IdentifierNameSyntax assigned && assigned.Identifier.ValueText == name);
    }

    private Optional<object?> Constant(ExpressionSyntax expression) => Guarded(expression, () => ModelFor(expression).GetConstantValue(expression), default);

    // A label argument: null, empty and LabelFilter.Null all mean the null label.
    public ScannedValue<string> Label(ExpressionSyntax? expression)
    {
        if (expression is null)
            return ScannedValue<string>.Known(AppConfigLabel.Null);
        var value = String(expression);
        return value.IsKnown && string.IsNullOrEmpty(value.Value) ? ScannedValue<string>.Known(AppConfigLabel.Null) : value;
    }

    public int? Int(ExpressionSyntax? expression)
    {
        expression = SyntaxNavigation.Unwrap(expression);
        if (expression is null)
            return null;
        if (expression is LiteralExpressionSyntax { Token.Value: int literal })
            return literal;
        var constant = Constant(expression);
        return constant is { HasValue: true, Value: int value } ? value : null;
    }

    public bool? Bool(ExpressionSyntax? expression)
    {
        expression = SyntaxNavigation.Unwrap(expression);
        if (expression is null)
            return null;
        if (expression.IsKind(SyntaxKind.TrueLiteralExpression))
            return true;
        if (expression.IsKind(SyntaxKind.FalseLiteralExpression))
            return false;
        if (expression is not (IdentifierNameSyntax or MemberAccessExpressionSyntax))
            return null;
        var constant = Constant(expression);
        return constant is { HasValue: true, Value: bool value } ? value : null;
    }

    // A TimeSpan written as TimeSpan.FromSeconds(n) and the like, in seconds.
    public double? Seconds(ExpressionSyntax? expression)
    {
        expression = SyntaxNavigation.Unwrap(expression);
        if (expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Zero" } zero && zero.Expression.ToString() == "TimeSpan")
            return 0;
        if (expression is ObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 3 } creation)
        {
            var parts = creation.ArgumentList.Arguments.Select(a => Number(a.Expression)).ToArray();
            return parts.All(p => p is not null) ? parts[0]!.Value * 3600 + parts[1]!.Value * 60 + parts[2]!.Value : null;
        }
        if (expression is not InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } invocation
            || invocation.Receiver()?.ToString() != "TimeSpan")
            return null;
        var scale = invocation.MethodName() switch
        {
            "FromMilliseconds" => 0.001,
            "FromSeconds" => 1,
            "FromMinutes" => 60,
            "FromHours" => 3600,
            _ => (double?)null,
        };
        return scale * Number(invocation.ArgumentList.Arguments[0].Expression);
    }

    private double? Number(ExpressionSyntax expression)
    {
        expression = SyntaxNavigation.Unwrap(expression)!;
        if (expression is LiteralExpressionSyntax { Token.Value: var literal } && literal is int or long or double or float or decimal)
            return Convert.ToDouble(literal, System.Globalization.CultureInfo.InvariantCulture);
        var constant = Constant(expression);
        return constant is { HasValue: true, Value: int or long or double or float or decimal }
            ? Convert.ToDouble(constant.Value, System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    // The name of an expression's type when the service's own code declares or implies it; null otherwise.
    public string? TypeNameOf(ExpressionSyntax expression)
    {
        var type = TypeOf(expression);
        return type is null || string.IsNullOrEmpty(type.Name) ? null : type.Name;
    }

    public ITypeSymbol? TypeOf(ExpressionSyntax expression) => Guarded(expression, () => ModelFor(expression).GetTypeInfo(expression).Type, null);

    public ISymbol? SymbolOf(ExpressionSyntax expression) => Guarded(expression, () =>
    {
        var info = ModelFor(expression).GetSymbolInfo(expression);
        // Calls into libraries the compilation does not reference leave only candidates; they still name the symbol.
        return info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
    }, null);

    public ISymbol? DeclaredSymbolOf(SyntaxNode declaration) => Guarded(declaration, () => ModelFor(declaration).GetDeclaredSymbol(declaration), null);

    public INamedTypeSymbol? SourceType(string name) =>
        compilation.GetSymbolsWithName(name, SymbolFilter.Type).OfType<INamedTypeSymbol>().FirstOrDefault();

    // The compiler guards its own recursion by throwing when the stack runs low: an expression too deep to bind costs
    // that one question, noted once, never the file.
    private T Guarded<T>(SyntaxNode node, Func<T> ask, T fallback)
    {
        try
        {
            return ask();
        }
        catch (InsufficientExecutionStackException)
        {
            FirstTooComplexLine ??= SourceLine.Of(node).Line;
            return fallback;
        }
    }

    // The code behind a name: a local's or field's initializer, a property's getter, a method's body. Lets the
    // scanner follow AddPolicyHandler(retryPolicy) or OnChange(OnOptionsChanged) to what they do.
    public IReadOnlyList<SyntaxNode> Definitions(ExpressionSyntax? expression)
    {
        expression = SyntaxNavigation.Unwrap(expression);
        if (expression is null or LiteralExpressionSyntax)
            return [];
        if (expression is InvocationExpressionSyntax call)
            expression = call.Expression;
        if (expression is not (SimpleNameSyntax or MemberAccessExpressionSyntax))
            return [];
        var symbol = SymbolOf(expression);
        if (symbol is null)
            return [];
        return symbol.DeclaringSyntaxReferences
            .Select(reference => BodyOf(reference.GetSyntax()))
            .OfType<SyntaxNode>()
            .ToList();
    }

    // Follows a name through up to a few definitions until it reaches code that is not just another name.
    public IEnumerable<SyntaxNode> Expand(ExpressionSyntax? expression)
    {
        if (expression is null)
            yield break;
        yield return expression;
        var pending = new Queue<(SyntaxNode Node, int Depth)>();
        foreach (var definition in Definitions(expression))
            pending.Enqueue((definition, 1));
        var seen = new HashSet<SyntaxNode>();
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Dequeue();
            if (!seen.Add(node))
                continue;
            yield return node;
            if (depth >= MaxDefinitionDepth || node is not ExpressionSyntax named)
                continue;
            foreach (var definition in Definitions(named))
                pending.Enqueue((definition, depth + 1));
        }
    }

    private static SyntaxNode? BodyOf(SyntaxNode declaration) => declaration switch
    {
        VariableDeclaratorSyntax variable => variable.Initializer?.Value,
        PropertyDeclarationSyntax property => property.ExpressionBody?.Expression
            ?? property.Initializer?.Value
            ?? GetterOf(property),
        BaseMethodDeclarationSyntax method => (SyntaxNode?)method.Body ?? method.ExpressionBody?.Expression,
        LocalFunctionStatementSyntax local => (SyntaxNode?)local.Body ?? local.ExpressionBody?.Expression,
        _ => null,
    };

    private static SyntaxNode? GetterOf(PropertyDeclarationSyntax property)
    {
        var getter = property.AccessorList?.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration));
        return (SyntaxNode?)getter?.Body ?? getter?.ExpressionBody?.Expression;
    }

    private SemanticModel ModelFor(SyntaxNode node)
    {
        if (!_models.TryGetValue(node.SyntaxTree, out var model))
        {
            model = compilation.GetSemanticModel(node.SyntaxTree);
            _models[node.SyntaxTree] = model;
        }
        return model;
    }
}
