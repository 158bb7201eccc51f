using Dashboard.Application.Errors;
using Dashboard.Application.Proposals;
using Dashboard.Domain;
using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.Proposals;

namespace Dashboard.Web.Model;

/// <summary>
/// The production gate settings page: one row per risk level, saved whole. A refusal (out-of-range approvals, nothing changed,
/// another Admin saving first) is kept on the page with the form as typed, so nothing is lost.
/// </summary>
public sealed class GatePolicyViewModel(GatePolicySettings settings)
{
    public LoadState State { get; private set; } = LoadState.Loading;
    public IReadOnlyList<GateRuleRow> Rows { get; private set; } = [];
    public GatePolicy? Policy { get; private set; }
    /// <summary>The risk level whose approvals are wrong ("high"), or null when the error is about the whole policy.</summary>
    public string? ErrorLevel { get; private set; }
    public string? Error { get; private set; }
    public string? Saved { get; private set; }

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Show(await settings.GetAsync(ProposalEnvironment.Production, cancellationToken));
            State = LoadState.Loaded;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            Error = $"The gate policy could not be read: {error.Message}";
            State = LoadState.Failed;
        }
    }

    public string? ErrorFor(GateRuleRow row) => string.Equals(ErrorLevel, row.Name, StringComparison.Ordinal) ? Error : null;

    public async Task SaveAsync(ProposalActor admin, CancellationToken cancellationToken)
    {
        Saved = null;
        Error = null;
        ErrorLevel = null;
        if (Rows.FirstOrDefault(r => r.Approvals is not (>= 1 and <= GateRule.MaxApprovals)) is { } wrong)
        {
            ErrorLevel = wrong.Name;
            Error = $"Approvals for {wrong.Name} must be a number from 1 to {GateRule.MaxApprovals}.";
            return;
        }
        try
        {
            var rules = new GateRules(Rule(RiskLevel.Low), Rule(RiskLevel.Medium), Rule(RiskLevel.High), Rule(RiskLevel.Critical));
            Show(await settings.ChangeAsync(ProposalEnvironment.Production, rules, admin, cancellationToken));
            Saved = "Saved. Proposals submitted from now on are judged by this gate; those already submitted keep the gate they were submitted under.";
        }
        catch (Exception error) when (error is DomainException or ConflictException)
        {
            Error = error.Message;
        }
    }

    private GateRule Rule(RiskLevel level)
    {
        var row = Rows.Single(r => r.Level == level);
        return new GateRule(row.StagingEvidence, row.Mitigation, row.Approvals!.Value, row.OwnerTeams);
    }

    private void Show(GatePolicy policy)
    {
        Policy = policy;
        Rows = [.. Enum.GetValues<RiskLevel>().Select(level => new GateRuleRow(level, policy.Rules.For(level)))];
    }
}
