using Dashboard.Domain.Reconciliation;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// One row of the decision table as the API shows it: the gateway and ledger conditions in the vocabulary's words, the
/// actions as wire names (<see cref="Actions"/>) and in one line (<see cref="Action"/>, "nothing" for rows where both sides agree).
/// </summary>
public sealed record DecisionRowResponse(string Id, string Gateway, string Ledger, string Action, IReadOnlyList<string> Actions, string Rule)
{
    public static DecisionRowResponse From(DecisionRow row)
    {
        IReadOnlyList<string> actions = [.. row.Actions.Select(a => a.ToWire())];
        return new DecisionRowResponse(row.Id, row.Gateway.Describe(), row.Ledger.Describe(),
            actions.Count == 0 ? "nothing" : string.Join(", ", actions), actions, row.Rule);
    }
}
