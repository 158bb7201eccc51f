namespace Dashboard.Web.Endpoints;

/// <summary>
/// Body of <c>POST /api/proposals/{id}/{action}</c>; each action reads what it needs: <c>checklist</c> (staging-verify),
/// <c>reasons</c> (staging-fail), <c>reason</c> (override-verification, reject, abandon), <c>secondPerson</c>, a user name (override-verification), and
/// <c>mitigation</c> (approve; required for high and critical changes).
/// </summary>
public sealed record ProposalActionRequest(
    string? Reason = null, string? SecondPerson = null, IReadOnlyList<ChecklistItemRequest>? Checklist = null, IReadOnlyList<string>? Reasons = null,
    string? Mitigation = null);
