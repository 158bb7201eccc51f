namespace Dashboard.Domain.Catalog;

/// <summary>A dependency declared by an imported service on an entry the import itself does not contain.</summary>
public sealed record ImportedDependency(string Caller, DependencyTargetKind TargetKind, string Target, RetryPolicy Retry, string Notes)
{
    public string TargetReference => (TargetKind == DependencyTargetKind.Service ? "component:" : "resource:") + Target;
}
