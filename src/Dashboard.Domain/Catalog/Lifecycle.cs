namespace Dashboard.Domain.Catalog;

/// <summary>Backstage's lifecycle values.</summary>
public enum Lifecycle
{
    Experimental,
    Production,
    Deprecated,
}
