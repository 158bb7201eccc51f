namespace Dashboard.Web.Model;

/// <summary>Which proposals the list shows; kept in the URL as <c>?view=</c> so a link opens the same list.</summary>
public enum ProposalListView
{
    All,
    WaitingForMyApproval,
    Mine,
}
