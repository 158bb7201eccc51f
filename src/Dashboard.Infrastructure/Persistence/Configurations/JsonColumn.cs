using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dashboard.Infrastructure.Persistence.Configurations;

/// <summary>
/// Stores an optional value record of a proposal as one JSON text column. These records are only ever read back
/// whole with their proposal, never queried, and several of them nest an <c>ObservedSetting</c> whose fields may all be
/// null, which EF's optional complex types cannot tell apart from an absent record.
/// </summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions _options = new(JsonSerializerDefaults.Web);

    public static ValueConverter<T?, string?> Converter<T>() where T : class =>
        new(value => value == null ? null : JsonSerializer.Serialize(value, _options),
            text => text == null ? null : JsonSerializer.Deserialize<T>(text, _options));

    // Records compare by value, so a replaced record is detected as a change; the snapshot can be the instance itself
    // because the records are immutable.
    public static ValueComparer<T?> Comparer<T>() where T : class =>
        new((left, right) => Equals(left, right), value => value == null ? 0 : value.GetHashCode(), value => value);

    /// <summary>A list of records as one JSON array, never null (an empty list is "[]").</summary>
    public static ValueConverter<IReadOnlyList<T>, string> ListConverter<T>() where T : class =>
        new(value => JsonSerializer.Serialize(value, _options),
            text => JsonSerializer.Deserialize<List<T>>(text, _options) ?? new List<T>());

    // The list is replaced, never changed in place, so comparing its items finds every change.
    public static ValueComparer<IReadOnlyList<T>> ListComparer<T>() where T : class =>
        new((left, right) => left!.SequenceEqual(right!), value => value.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)), value => value);
}
