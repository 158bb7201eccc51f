namespace Dashboard.Web.Model;

/// <summary>An owning team a proposal still needs an approver from: the services it owns in the radius and who in the directory could approve.</summary>
public sealed record TeamWaitRow(string Team, IReadOnlyList<string> Services, IReadOnlyList<string> Candidates);
