namespace Dashboard.Domain.Catalog;

/// <summary>Something services depend on that is not a service of ours: a database, an external gateway.</summary>
public sealed class Resource
{
    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public ResourceKind Kind { get; private set; }
    public string OwnerTeam { get; private set; } = "";
    public string Description { get; private set; } = "";

    private Resource() { }

    public Resource(string name, ResourceKind kind, string ownerTeam, string description = "")
    {
        Name = CatalogName.Validate(name, "resource");
        OwnerTeam = CatalogName.Validate(ownerTeam, "owner team");
        Kind = kind;
        Description = description.Trim();
    }
}
