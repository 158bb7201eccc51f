namespace Dashboard.Domain.Catalog;

public enum ServiceKind
{
    Frontend,
    Api,
    Worker,
    Job,
}
