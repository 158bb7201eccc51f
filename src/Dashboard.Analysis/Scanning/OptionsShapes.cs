using System.Collections.Frozen;
using Dashboard.Domain.Scanning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dashboard.Analysis.Scanning;

// The configuration keys an options type binds, from its declaration in the service's code: public settable
// properties (or their [ConfigurationKeyName]), nested types of the service's own as "Retry:Count", collections and
// types it cannot see into as "Items:*". A type the service does not declare is not described: the whole section
// counts. Read from syntax, with the base types the service declares.
internal sealed class OptionsShapes(CodeModel code)
{
    private const int MaxNesting = 5;

    private static readonly FrozenSet<string> LeafTypes = new[]
    {
        "string", "String", "bool", "Boolean", "char", "Char", "byte", "Byte", "sbyte", "SByte", "short", "Int16", "ushort", "UInt16",
        "int", "Int32", "uint", "UInt32", "long", "Int64", "ulong", "UInt64", "float", "Single", "double", "Double", "decimal", "Decimal",
        "Uri", "TimeSpan", "Guid", "DateTime", "DateTimeOffset", "DateOnly", "TimeOnly", "Version", "CultureInfo", "IPAddress",
        "Encoding", "Regex", "Type", "object", "Object",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> CollectionTypes = new[]
    {
        "List", "IList", "ICollection", "IEnumerable", "IReadOnlyList", "IReadOnlyCollection", "HashSet", "ISet", "IReadOnlySet",
        "Dictionary", "IDictionary", "IReadOnlyDictionary", "Collection", "ImmutableArray", "ImmutableList", "ImmutableDictionary",
        "FrozenSet", "FrozenDictionary", "SortedDictionary", "ConcurrentDictionary",
    }.ToFrozenSet(StringComparer.Ordinal);

    public OptionsType? Describe(string typeName)
    {
        if (Declared(typeName) is not { } type)
            return null;
        var keys = new List<string>();
        AddKeys(type, "", keys, depth: 0, visiting: new HashSet<string>(StringComparer.Ordinal));
        var where = SourceLine.Of(type);
        return new OptionsType(type.Identifier.ValueText, keys, where.File, where.Line);
    }

    private TypeDeclarationSyntax? Declared(string name) => code.TypesNamed(name).OfType<TypeDeclarationSyntax>().FirstOrDefault();

    private void AddKeys(TypeDeclarationSyntax type, string prefix, List<string> keys, int depth, HashSet<string> visiting)
    {
        if (!visiting.Add(type.Identifier.ValueText))
            return;
        foreach (var part in code.TypesNamed(type.Identifier.ValueText).OfType<TypeDeclarationSyntax>().DefaultIfEmpty(type))
        {
            foreach (var property in part.Members.OfType<PropertyDeclarationSyntax>())
            {
                if (!IsPublicInstance(property.Modifiers) || property.ExplicitInterfaceSpecifier is not null)
                    continue;
                var name = prefix + KeyName(property);
                switch (Shape(property.Type, out var nested))
                {
                    case Kind.Leaf when IsSettable(property):
                        keys.Add(name);
                        break;
                    case Kind.Collection:
                        keys.Add(name + ":*");
                        break;
                    case Kind.Nested when depth < MaxNesting:
                        AddKeys(nested!, name + ":", keys, depth + 1, visiting);
                        break;
                    case Kind.Unknown or Kind.Nested:
                        keys.Add(name);
                        keys.Add(name + ":*");
                        break;
                }
            }
            if (depth < MaxNesting && part.BaseList is not null)
                foreach (var baseType in part.BaseList.Types)
                    if (Declared(SyntaxNavigation.TypeName(baseType.Type)) is { } declaredBase)
                        AddKeys(declaredBase, prefix, keys, depth + 1, visiting);
        }
        visiting.Remove(type.Identifier.ValueText);
    }

    private enum Kind { Leaf, Collection, Nested, Unknown }

    private Kind Shape(TypeSyntax type, out TypeDeclarationSyntax? nested)
    {
        nested = null;
        switch (type)
        {
            case NullableTypeSyntax nullable:
                return Shape(nullable.ElementType, out nested);
            case PredefinedTypeSyntax:
                return Kind.Leaf;
            case ArrayTypeSyntax:
                return Kind.Collection;
        }
        var name = SyntaxNavigation.TypeName(type);
        if (LeafTypes.Contains(name))
            return Kind.Leaf;
        if (CollectionTypes.Contains(name))
            return Kind.Collection;
        if (code.TypesNamed(name).FirstOrDefault() is { } declared)
        {
            if (declared is EnumDeclarationSyntax)
                return Kind.Leaf;
            nested = declared as TypeDeclarationSyntax;
            return nested is null ? Kind.Unknown : Kind.Nested;
        }
        return Kind.Unknown;
    }

    private static bool IsPublicInstance(SyntaxTokenList modifiers) =>
        modifiers.Any(SyntaxKind.PublicKeyword) && !modifiers.Any(SyntaxKind.StaticKeyword);

    // A setter or init accessor that is not private; get-only collections and nested objects are still filled.
    private static bool IsSettable(PropertyDeclarationSyntax property) =>
        property.AccessorList?.Accessors.Any(a => a.Kind() is SyntaxKind.SetAccessorDeclaration or SyntaxKind.InitAccessorDeclaration
                                                  && !a.Modifiers.Any(SyntaxKind.PrivateKeyword)) == true;

    private static string KeyName(PropertyDeclarationSyntax property)
    {
        var attribute = property.AttributeLists.SelectMany(l => l.Attributes)
            .FirstOrDefault(a => SyntaxNavigation.TypeName(a.Name) is "ConfigurationKeyName" or "ConfigurationKeyNameAttribute");
        return attribute?.ArgumentList?.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax literal
            ? literal.Token.ValueText
            : property.Identifier.ValueText;
    }
}
