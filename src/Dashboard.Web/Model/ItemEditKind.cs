namespace Dashboard.Web.Model;

/// <summary>Which edit of one classified transaction the operator has open on the reconciliation page.</summary>
public enum ItemEditKind
{
    Exclude,
    Override,
}
