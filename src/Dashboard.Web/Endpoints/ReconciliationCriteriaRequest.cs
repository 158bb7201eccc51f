using Dashboard.Application.Errors;
using Dashboard.Domain;
using Dashboard.Domain.Reconciliation;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// Which ledger transactions to reconcile, as the API and the page take them: ledger states by their wire names
/// (<c>pending</c>, <c>authorized</c>…), older than N minutes, a time window, an amount range in minor units, a currency.
/// </summary>
public sealed record ReconciliationCriteriaRequest(
    IReadOnlyList<string>? States = null,
    int? OlderThanMinutes = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    long? MinAmount = null,
    long? MaxAmount = null,
    string? Currency = null)
{
    private const int MaxStates = 16;
    private static readonly string[] NamedFields = ["olderThanMinutes", "minAmount", "maxAmount", "currency"];

    /// <exception cref="InputException">A value is outside what a run accepts; the field and the fix are named.</exception>
    public ReconciliationCriteria ToCriteria()
    {
        if (States is { Count: > MaxStates })
            throw new InputException("states", $"{States.Count} states were given; give at most {MaxStates}, from: {string.Join(", ", ReconciliationVocabulary.LedgerStates)}.");
        var states = new List<LedgerState>();
        foreach (var state in States ?? [])
        {
            if (state is null || !ReconciliationVocabulary.LedgerStates.Contains(state.Trim()))
                throw new InputException("states", $"'{state}' is not a ledger state; use {string.Join(", ", ReconciliationVocabulary.LedgerStates)}.");
            states.Add(ReconciliationVocabulary.ParseLedgerState(state));
        }
        try
        {
            return ReconciliationCriteria.Create(states, OlderThanMinutes, From, To, MinAmount, MaxAmount, Currency);
        }
        catch (DomainException refused)
        {
            var field = NamedFields.FirstOrDefault(f => refused.Message.StartsWith(f, StringComparison.Ordinal))
                ?? (refused.Message.Contains("time window", StringComparison.Ordinal) ? "to" : "criteria");
            throw new InputException(field, refused.Message);
        }
    }
}
