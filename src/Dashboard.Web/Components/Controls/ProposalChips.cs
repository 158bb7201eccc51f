using Dashboard.Domain.Proposals;
using MudBlazor;

namespace Dashboard.Web.Components.Controls;

/// <summary>The colours of state and risk chips, the same on the list and the detail page.</summary>
public static class ProposalChips
{
    public static Color StateColor(ProposalState state) => state switch
    {
        ProposalState.Verified => Color.Success,
        ProposalState.Approved or ProposalState.StagingVerified => Color.Info,
        ProposalState.AppliedToStaging or ProposalState.AppliedToProduction => Color.Warning,
        ProposalState.RolledBack or ProposalState.Rejected => Color.Error,
        _ => Color.Default,
    };

    public static Color RiskColor(string riskLevel) => riskLevel.ToLowerInvariant() switch
    {
        "critical" or "high" => Color.Error,
        "medium" => Color.Warning,
        "low" => Color.Success,
        _ => Color.Default,
    };
}
