namespace Dashboard.Web.Model;

/// <summary>The words and URL values of the list's views.</summary>
public static class ProposalListViews
{
    public static readonly IReadOnlyList<ProposalListView> All = Enum.GetValues<ProposalListView>();

    public static string Label(this ProposalListView view) => view switch
    {
        ProposalListView.WaitingForMyApproval => "Waiting for my approval",
        ProposalListView.Mine => "Mine",
        _ => "All proposals",
    };

    /// <summary>The value of <c>?view=</c>; null for the whole list, which needs no parameter.</summary>
    public static string? QueryValue(this ProposalListView view) => view switch
    {
        ProposalListView.WaitingForMyApproval => "approval",
        ProposalListView.Mine => "mine",
        _ => null,
    };

    /// <summary>An unknown or missing value opens the whole list rather than an error: old links keep working.</summary>
    public static ProposalListView Parse(string? value) =>
        All.FirstOrDefault(view => string.Equals(view.QueryValue(), value?.Trim(), StringComparison.OrdinalIgnoreCase));
}
