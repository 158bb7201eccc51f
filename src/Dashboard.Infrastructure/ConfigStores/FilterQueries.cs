using System.Linq.Expressions;
using System.Reflection;
using Dashboard.Domain.Configuration;

namespace Dashboard.Infrastructure.ConfigStores;

/// <summary>
/// Turns the domain's key and label filters into a SQL condition (equality and <c>LIKE 'prefix%'</c>, OR-ed) so the
/// database uses its (store, key, label) index. SQLite's LIKE ignores case, so callers check the rows again with the
/// filters' own ordinal <c>Matches</c>.
/// </summary>
internal static class FilterQueries
{
    private static readonly MethodInfo StartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;

    // The column keeps the null label as StoredLabel.Null, so the filter's null label becomes an exact term for it.
    private static readonly FilterTerm StoredNullLabel = new(StoredLabel.Null, IsPrefix: false);

    public static IQueryable<T> WhereEquals<T>(this IQueryable<T> query, string column, string value)
    {
        var row = Expression.Parameter(typeof(T), "row");
        return query.Where(Expression.Lambda<Func<T, bool>>(Expression.Equal(Expression.Property(row, column), AsParameter(value)), row));
    }

    public static IQueryable<T> WhereMatches<T>(this IQueryable<T> query, string column, KeyFilter keys) =>
        keys.IsAny ? query : query.WhereAnyTerm(column, keys.Terms);

    public static IQueryable<T> WhereMatches<T>(this IQueryable<T> query, string column, LabelFilter labels)
    {
        if (labels.IsAny)
            return query;
        IReadOnlyList<FilterTerm> terms = labels.IncludesNullLabel ? [.. labels.Terms, StoredNullLabel] : labels.Terms;
        return query.WhereAnyTerm(column, terms);
    }

    private static IQueryable<T> WhereAnyTerm<T>(this IQueryable<T> query, string column, IReadOnlyList<FilterTerm> terms)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var name = Expression.Property(row, column);
        var condition = terms
            .Select(term =>
            {
                var value = AsParameter(term.Text);
                return term.IsPrefix ? (Expression)Expression.Call(name, StartsWith, value) : Expression.Equal(name, value);
            })
            .Aggregate(Expression.OrElse);
        return query.Where(Expression.Lambda<Func<T, bool>>(condition, row));
    }

    // A member of a captured object becomes a SQL parameter; a bare constant would be inlined into the SQL text.
    private static MemberExpression AsParameter(string value) =>
        Expression.Property(Expression.Constant(new Parameter(value)), nameof(Parameter.Value));

    private sealed record Parameter(string Value);
}
