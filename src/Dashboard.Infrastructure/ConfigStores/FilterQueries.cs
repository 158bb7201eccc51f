using System.Linq.Expressions;
using System.Reflection;

namespace Dashboard.Infrastructure.ConfigStores;

/// <summary>
/// Turns a <see cref="FilterPattern"/> into a SQL condition (equality and <c>LIKE 'prefix%'</c>, OR-ed) so the database
/// uses its (store, key, label) index. SQLite's LIKE ignores case, so results are checked again with <see cref="FilterPattern.Matches"/>.
/// </summary>
internal static class FilterQueries
{
    private static readonly MethodInfo StartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;

    public static IQueryable<T> WhereEquals<T>(this IQueryable<T> query, string column, string value)
    {
        var row = Expression.Parameter(typeof(T), "row");
        return query.Where(Expression.Lambda<Func<T, bool>>(Expression.Equal(Expression.Property(row, column), AsParameter(value)), row));
    }

    public static IQueryable<T> WhereMatches<T>(this IQueryable<T> query, string column, FilterPattern pattern)
    {
        if (pattern.MatchesEverything)
            return query;
        var row = Expression.Parameter(typeof(T), "row");
        var name = Expression.Property(row, column);
        var condition = pattern.Terms
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
