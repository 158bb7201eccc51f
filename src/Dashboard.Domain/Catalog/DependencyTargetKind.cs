namespace Dashboard.Domain.Catalog;

/// <summary>What a dependency points at, as in Backstage's <c>component:</c> and <c>resource:</c> references.</summary>
public enum DependencyTargetKind
{
    Service,
    Resource,
}
