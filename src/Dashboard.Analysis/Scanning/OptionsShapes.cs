using System.Collections.Frozen;
using Dashboard.Domain.Scanning;
using Microsoft.CodeAnalysis;

namespace Dashboard.Analysis.Scanning;

// The configuration keys an options type binds, from its declaration in the service's code: settable properties
// (or [ConfigurationKeyName]), nested types of the service's own as "Retry:Count", collections and types it cannot
// see into as "Items:*". A type the service does not declare is not described: the whole section counts.
internal sealed class OptionsShapes(CodeModel code)
{
    private const int MaxNesting = 5;

    private static readonly FrozenSet<string> LeafTypes = new[]
    {
        "Uri", "TimeSpan", "Guid", "DateTime", "DateTimeOffset", "DateOnly", "TimeOnly", "Version", "CultureInfo", "IPAddress",
        "Encoding", "Regex", "Type",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> CollectionTypes = new[]
    {
        "List", "IList", "ICollection", "IEnumerable", "IReadOnlyList", "IReadOnlyCollection", "HashSet", "ISet", "IReadOnlySet",
        "Dictionary", "IDictionary", "IReadOnlyDictionary", "Collection", "ImmutableArray", "ImmutableList", "ImmutableDictionary",
        "FrozenSet", "FrozenDictionary", "SortedDictionary", "ConcurrentDictionary",
    }.ToFrozenSet(StringComparer.Ordinal);

    public OptionsType? Describe(string typeName)
    {
        if (code.SourceType(typeName) is not { } type || type.DeclaringSyntaxReferences.FirstOrDefault() is not { } declaration)
            return null;
        var keys = new List<string>();
        AddKeys(type, "", keys, depth: 0, visiting: []);
        var where = SourceLine.Of(declaration.GetSyntax());
        return new OptionsType(type.Name, keys, where.File, where.Line);
    }

    private static void AddKeys(INamedTypeSymbol type, string prefix, List<string> keys, int depth, HashSet<INamedTypeSymbol> visiting)
    {
        if (!visiting.Add(type))
            return;
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.IsStatic || property.IsIndexer || property.DeclaredAccessibility != Accessibility.Public)
                    continue;
                var name = prefix + KeyName(property);
                var settable = property.SetMethod is { DeclaredAccessibility: Accessibility.Public };
                switch (Shape(property.Type))
                {
                    case Kind.Leaf when settable:
                        keys.Add(name);
                        break;
                    case Kind.Collection:
                        keys.Add(name + ":*");
                        break;
                    case Kind.Nested when depth < MaxNesting:
                        AddKeys((INamedTypeSymbol)property.Type, name + ":", keys, depth + 1, visiting);
                        break;
                    case Kind.Unknown or Kind.Nested:
                        keys.Add(name);
                        keys.Add(name + ":*");
                        break;
                }
            }
        }
        visiting.Remove(type);
    }

    private enum Kind { Leaf, Collection, Nested, Unknown }

    private static Kind Shape(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            type = nullable.TypeArguments[0];
        if (type.SpecialType != SpecialType.None || type.TypeKind == TypeKind.Enum || LeafTypes.Contains(type.Name))
            return Kind.Leaf;
        if (type is IArrayTypeSymbol || CollectionTypes.Contains(type.Name))
            return Kind.Collection;
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named && named.Locations.Any(l => l.IsInSource))
            return Kind.Nested;
        return Kind.Unknown;
    }

    private static string KeyName(IPropertySymbol property)
    {
        var attribute = property.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name is "ConfigurationKeyName" or "ConfigurationKeyNameAttribute");
        if (attribute is { ConstructorArguments: [{ Value: string named }] })
            return named;
        // Without a reference to the attribute's library its arguments are not bound; read them from the syntax.
        var syntax = property.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() as Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax;
        var written = syntax?.AttributeLists.SelectMany(l => l.Attributes)
            .FirstOrDefault(a => SyntaxNavigation.TypeName(a.Name) is "ConfigurationKeyName" or "ConfigurationKeyNameAttribute");
        return written?.ArgumentList?.Arguments.FirstOrDefault()?.Expression is Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax literal
            ? literal.Token.ValueText
            : property.Name;
    }
}
