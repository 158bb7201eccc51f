namespace Dashboard.Domain.Catalog;

public enum ResourceKind
{
    Database,
    ExternalGateway,
    MessageQueue,
    Cache,
}
