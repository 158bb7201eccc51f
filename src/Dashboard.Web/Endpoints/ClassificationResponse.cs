using Dashboard.Domain.Reconciliation;

namespace Dashboard.Web.Endpoints;

/// <summary>The decision table's answer for one pair of facts: the actions in order (wire names), the rule in words, and the row that chose them.</summary>
public sealed record ClassificationResponse(IReadOnlyList<string> Actions, string Rule, string Row)
{
    public static ClassificationResponse From(Classification classification) =>
        new([.. classification.Actions.Select(a => a.ToWire())], classification.Rule, classification.RowId);
}
