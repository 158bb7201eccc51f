using System.Text.Json;
using System.Text.Json.Serialization;
using Dashboard.Domain.Reconciliation;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dashboard.Infrastructure.Persistence.Configurations;

/// <summary>
/// How the value records of a reconciliation run are stored: each as one JSON text column (read back whole with the run, never
/// queried), enums by name so a stored run reads the same after an enum gains a member. Criteria and policy go through
/// their factories on the way back, so a stored run passes the same checks as a new one.
/// </summary>
internal static class ReconciliationColumns
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static ValueConverter<T, string> Json<T>() where T : class =>
        new(value => JsonSerializer.Serialize(value, Options), text => JsonSerializer.Deserialize<T>(text, Options)!);

    public static ValueConverter<T?, string?> OptionalJson<T>() where T : class =>
        new(value => value == null ? null : JsonSerializer.Serialize(value, Options),
            text => text == null ? null : JsonSerializer.Deserialize<T>(text, Options));

    public static ValueConverter<ReconciliationCriteria, string> Criteria { get; } = new(
        criteria => JsonSerializer.Serialize(StoredCriteria.Of(criteria), Options),
        text => JsonSerializer.Deserialize<StoredCriteria>(text, Options)!.ToCriteria());

    public static ValueConverter<ReconciliationPolicy, string> Policy { get; } = new(
        policy => JsonSerializer.Serialize(new StoredPolicy(policy.MaxItemsPerRun, policy.ApprovalCountThreshold, policy.ApprovalAmountThreshold), Options),
        text => JsonSerializer.Deserialize<StoredPolicy>(text, Options)!.ToPolicy());

    /// <summary>Immutable records compare by value and may be their own snapshot.</summary>
    public static ValueComparer<T?> Immutable<T>() where T : class =>
        new((left, right) => Equals(left, right), value => value == null ? 0 : value.GetHashCode(), value => value);

    /// <summary>The steps list is changed in place, so its snapshot is a copy.</summary>
    public static ValueComparer<List<ItemStep>> Steps { get; } =
        new((left, right) => left!.SequenceEqual(right!), value => value.Count, value => value.ToList());

    private sealed record StoredCriteria(
        IReadOnlyList<LedgerState> States, int? OlderThanMinutes, DateTimeOffset? From, DateTimeOffset? To, long? MinAmount, long? MaxAmount, string? Currency)
    {
        public static StoredCriteria Of(ReconciliationCriteria c) => new(c.States, c.OlderThanMinutes, c.From, c.To, c.MinAmount, c.MaxAmountMinor, c.Currency);

        public ReconciliationCriteria ToCriteria() => ReconciliationCriteria.Create(States, OlderThanMinutes, From, To, MinAmount, MaxAmount, Currency);
    }

    private sealed record StoredPolicy(int MaxItemsPerRun, int ApprovalCountThreshold, long ApprovalAmountThreshold)
    {
        public ReconciliationPolicy ToPolicy() => new(MaxItemsPerRun, ApprovalCountThreshold, ApprovalAmountThreshold);
    }
}
