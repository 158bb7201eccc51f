namespace Dashboard.Domain.Catalog;

/// <summary>A deployable service: who owns it, what it is, and where it answers per environment.</summary>
public sealed class Service
{
    private readonly List<ServiceEndpoint> _endpoints = [];

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string OwnerTeam { get; private set; } = "";
    public ServiceKind Kind { get; private set; }
    public Lifecycle Lifecycle { get; private set; }
    public string Description { get; private set; } = "";
    public IReadOnlyList<ServiceEndpoint> Endpoints => _endpoints;

    private Service() { }

    public Service(string name, string ownerTeam, ServiceKind kind, Lifecycle lifecycle, string description = "")
    {
        Name = CatalogName.Validate(name, "service");
        OwnerTeam = CatalogName.Validate(ownerTeam, "owner team");
        Kind = kind;
        Lifecycle = lifecycle;
        Description = description.Trim();
    }

    public void AddEndpoint(ServiceEndpoint endpoint)
    {
        if (_endpoints.Any(e => e.Environment == endpoint.Environment))
            throw new DomainException($"Service '{Name}' already has an endpoint in '{endpoint.Environment}'; edit that one instead.");
        _endpoints.Add(endpoint);
    }

    public ServiceEndpoint? EndpointIn(string environment) => _endpoints.FirstOrDefault(e => e.Environment == environment);
}
