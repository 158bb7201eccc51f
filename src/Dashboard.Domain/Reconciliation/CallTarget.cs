namespace Dashboard.Domain.Reconciliation;

/// <summary>Where a planned action acts.</summary>
public enum CallTarget
{
    Gateway,
    Ledger,
    Person,
}
