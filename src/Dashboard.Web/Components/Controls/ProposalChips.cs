using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.Proposals;
using MudBlazor;

namespace Dashboard.Web.Components.Controls;

/// <summary>The colours of state and risk chips and of the radius banner, the same on the list and the detail page.</summary>
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

    /// <summary>
    /// The radius banner's colour follows the risk as it stands now, so "the same as submitted" is never green over a critical change:
    /// critical is an error, high (or any growth) a warning, medium information; only a low, unchanged radius is a success.
    /// </summary>
    public static Severity BannerSeverity(RadiusChange change) => change.Now switch
    {
        RiskLevel.Critical => Severity.Error,
        RiskLevel.High => Severity.Warning,
        _ when change.Grew => Severity.Warning,
        RiskLevel.Medium => Severity.Info,
        _ => Severity.Success,
    };
}
