namespace Dashboard.Domain.Catalog;

/// <summary>A caller service depends on a target (service or resource) and calls it with a retry policy.</summary>
public sealed class Dependency
{
    public int Id { get; private set; }
    public string Caller { get; private set; } = "";
    public DependencyTargetKind TargetKind { get; private set; }
    public string Target { get; private set; } = "";
    public RetryPolicy Retry { get; private set; } = null!;
    public string Notes { get; private set; } = "";

    private Dependency() { }

    internal Dependency(string caller, DependencyTargetKind targetKind, string target, RetryPolicy retry, string notes)
    {
        Caller = caller;
        TargetKind = targetKind;
        Target = target;
        Retry = retry;
        Notes = notes.Trim();
    }

    internal void ChangeRetry(RetryPolicy retry, string? notes)
    {
        Retry = retry;
        if (notes is not null) Notes = notes.Trim();
    }

    internal bool Targets(string caller, DependencyTargetKind targetKind, string target) =>
        string.Equals(Caller, caller, StringComparison.OrdinalIgnoreCase)
        && TargetKind == targetKind
        && string.Equals(Target, target, StringComparison.OrdinalIgnoreCase);

    /// <summary>The Backstage-style reference of the target, e.g. <c>component:billing-api</c>.</summary>
    public string TargetReference => (TargetKind == DependencyTargetKind.Service ? "component:" : "resource:") + Target;
}
