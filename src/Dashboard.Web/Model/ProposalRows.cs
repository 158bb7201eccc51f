using Dashboard.Domain.Proposals;

namespace Dashboard.Web.Model;

/// <summary>One proposal in the list, with its value already masked when it must not be shown.</summary>
public sealed record ProposalListRow(
    Guid Id, string Key, string Labels, string Value, ProposalState State, string RiskLevel, string Author, DateTimeOffset CreatedAt);

/// <summary>One page of the proposal list and how many proposals match the filters in all.</summary>
public sealed record ProposalListPage(IReadOnlyList<ProposalListRow> Rows, int TotalCount);

/// <summary>One step of a proposal's history as the timeline shows it.</summary>
public sealed record ProposalHistoryRow(DateTimeOffset At, string Who, string What, string Transition, string Description);

/// <summary>What a step needs from the person: a reason, several reasons or a signed checklist.</summary>
public sealed record ProposalStepInput(string? Reason = null, IReadOnlyList<string>? Reasons = null, StagingChecklist? Checklist = null, string? SecondPerson = null, string? Value = null,
    string? Mitigation = null)
{
    public static readonly ProposalStepInput None = new();
}
