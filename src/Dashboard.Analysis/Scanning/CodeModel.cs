using Dashboard.Domain.Scanning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dashboard.Analysis.Scanning;

// Cheap semantics over one service's code, from syntax alone: the values of strings and numbers (literals,
// constants, single-assignment locals, static readonly fields, concatenations, interpolations, nameof, enum members),
// the declarations behind names and their declared types, and the code a name stands for. Binding with the
// compiler's semantic model would answer the same questions at a hundred times the cost.
internal sealed class CodeModel(SourceIndex index)
{
    private const int MaxDefinitionDepth = 3;
    private const int MaxValueDepth = 8;

    private readonly NameResolver _names = new(index);

    public Declaration? DeclarationOf(ExpressionSyntax expression) => _names.Resolve(expression);

    public IEnumerable<BaseTypeDeclarationSyntax> TypesNamed(string name) => _names.Types(name);

    // The declared type of a name, or of `new T(…)`, `(T)x`, `x as T`; null when the code does not say.
    public TypeSyntax? DeclaredType(ExpressionSyntax expression) => DeclaredType(expression, 0);

    public string? DeclaredTypeName(ExpressionSyntax expression) =>
        DeclaredType(expression) is { } type ? SyntaxNavigation.TypeName(type) : null;

    private TypeSyntax? DeclaredType(ExpressionSyntax expression, int depth)
    {
        if (depth > MaxValueDepth)
            return null;
        switch (expression)
        {
            case ObjectCreationExpressionSyntax creation:
                return creation.Type;
            case CastExpressionSyntax cast:
                return cast.Type;
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AsExpression, Right: TypeSyntax type }:
                return type;
        }
        var unwrapped = SyntaxNavigation.Unwrap(expression);
        if (unwrapped is not (SimpleNameSyntax or MemberAccessExpressionSyntax) || DeclarationOf(unwrapped) is not { } declaration)
            return null;
        return declaration.Type ?? (declaration.Kind == DeclarationKind.Local && declaration.Initializer is { } initializer ? DeclaredType(initializer, depth + 1) : null);
    }

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
        return expression is MemberAccessExpressionSyntax member && DeclarationOf(member) is { Kind: DeclarationKind.EnumMember } enumMember
            ? ScannedValue<string>.Known(enumMember.Name)
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
            case MemberAccessExpressionSyntax member when member.ToString() is "string.Empty" or "String.Empty":
                return ScannedValue<string>.Known("");
            case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" }, ArgumentList.Arguments: [var named] }:
                return SyntaxNavigation.LastName(named.Expression) is { } nameOf ? ScannedValue<string>.Known(nameOf) : ScannedValue<string>.Dynamic;
        }
        if (depth >= MaxValueDepth)
            return ScannedValue<string>.Dynamic;
        return expression switch
        {
            BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) => Concatenate([binary.Left, binary.Right], depth),
            InterpolatedStringExpressionSyntax interpolated => Interpolate(interpolated, depth),
            SimpleNameSyntax or MemberAccessExpressionSyntax => SingleValueOf(expression, depth),
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

    // A name that holds one value for good: a constant, a local assigned once, a static readonly or readonly field
    // with an initializer, a get-only property returning a value. Names assigned again elsewhere are not guessed.
    private ScannedValue<string> SingleValueOf(ExpressionSyntax name, int depth)
    {
        var declaration = DeclarationOf(name);
        var value = declaration switch
        {
            { Kind: DeclarationKind.Local, Node: VariableDeclaratorSyntax local } when declaration.IsConstant || !AssignedAgain(local) => declaration.Initializer,
            { Kind: DeclarationKind.Field } when declaration.IsReadOnly => declaration.Initializer,
            { Kind: DeclarationKind.Property } when declaration.IsGetOnly => declaration.Initializer,
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

    // A label argument: null, empty and LabelFilter.Null all mean the null label.
    public ScannedValue<string> Label(ExpressionSyntax? expression)
    {
        if (expression is null)
            return ScannedValue<string>.Known(AppConfigLabel.Null);
        var value = String(expression);
        return value.IsKnown && string.IsNullOrEmpty(value.Value) ? ScannedValue<string>.Known(AppConfigLabel.Null) : value;
    }

    public int? Int(ExpressionSyntax? expression) => Number(expression, 0) is { } number && number == Math.Floor(number) && number is >= int.MinValue and <= int.MaxValue
        ? (int)number
        : null;

    public bool? Bool(ExpressionSyntax? expression)
    {
        expression = SyntaxNavigation.Unwrap(expression);
        if (expression is null)
            return null;
        if (expression.IsKind(SyntaxKind.TrueLiteralExpression))
            return true;
        if (expression.IsKind(SyntaxKind.FalseLiteralExpression))
            return false;
        return expression is SimpleNameSyntax or MemberAccessExpressionSyntax && DeclarationOf(expression) is { IsConstant: true, Initializer: { } value }
            ? Bool(value)
            : null;
    }

    // A TimeSpan written as TimeSpan.FromSeconds(n) and the like, in seconds.
    public double? Seconds(ExpressionSyntax? expression)
    {
        expression = SyntaxNavigation.Unwrap(expression);
        if (expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Zero" } zero && zero.Expression.ToString() == "TimeSpan")
            return 0;
        if (expression is ObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 3 } creation)
        {
            var parts = creation.ArgumentList.Arguments.Select(a => Number(a.Expression, 0)).ToArray();
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
        return scale * Number(invocation.ArgumentList.Arguments[0].Expression, 0);
    }

    private double? Number(ExpressionSyntax? expression, int depth)
    {
        expression = SyntaxNavigation.Unwrap(expression);
        switch (expression)
        {
            case LiteralExpressionSyntax { Token.Value: var literal } when literal is int or long or double or float or decimal:
                return Convert.ToDouble(literal, System.Globalization.CultureInfo.InvariantCulture);
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } negative:
                return -Number(negative.Operand, depth + 1);
            case BinaryExpressionSyntax binary when depth < MaxValueDepth && Number(binary.Left, depth + 1) is { } left && Number(binary.Right, depth + 1) is { } right:
                return binary.Kind() switch
                {
                    SyntaxKind.AddExpression => left + right,
                    SyntaxKind.SubtractExpression => left - right,
                    SyntaxKind.MultiplyExpression => left * right,
                    SyntaxKind.DivideExpression when right != 0 => left / right,
                    _ => null,
                };
            case SimpleNameSyntax or MemberAccessExpressionSyntax when depth < MaxValueDepth && DeclarationOf(expression) is { IsConstant: true, Initializer: { } value }:
                return Number(value, depth + 1);
            default:
                return null;
        }
    }

    // The code behind a name: a local's or field's initializer, a property's getter, a method's body. Lets the
    // scanner follow AddPolicyHandler(retryPolicy) or OnChange(OnOptionsChanged) to what they do.
    public IReadOnlyList<SyntaxNode> Definitions(ExpressionSyntax? expression)
    {
        expression = SyntaxNavigation.Unwrap(expression);
        if (expression is InvocationExpressionSyntax call)
            expression = call.Expression;
        if (expression is not (SimpleNameSyntax or MemberAccessExpressionSyntax))
            return [];
        return DeclarationOf(expression)?.Body is { } body ? [body] : [];
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
}
