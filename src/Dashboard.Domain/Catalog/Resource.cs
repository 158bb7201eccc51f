namespace Dashboard.Domain.Catalog;

/// <summary>Something services depend on that is not a service of ours: a database, an external gateway.</summary>
public sealed class Resource
{
    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public ResourceKind Kind { get; private set; }
    public string OwnerTeam { get; private set; } = "";
    public string Description { get; private set; } = "";
    public double? ReconnectFromSeconds { get; private set; }
    public double? ReconnectToSeconds { get; private set; }

    /// <summary>How long the resource takes to accept connections again once a client drops its own; null when not declared.</summary>
    public ReconnectTime? Reconnect =>
        ReconnectFromSeconds is { } from && ReconnectToSeconds is { } to ? new ReconnectTime(from, to) : null;

    private Resource() { }

    public Resource(string name, ResourceKind kind, string ownerTeam, string description = "")
    {
        Name = CatalogName.Validate(name, "resource");
        Update(ownerTeam, kind, description);
    }

    /// <summary>Changes what the catalog says about the resource; nothing changes when a value is refused.</summary>
    public void Update(string ownerTeam, ResourceKind kind, string? description)
    {
        var owner = CatalogName.Validate(ownerTeam, "owner team");
        if (!Enum.IsDefined(kind))
            throw new DomainException($"'{kind}' is not a resource kind of '{Name}'; use one of {string.Join(", ", Enum.GetNames<ResourceKind>())}.");
        var text = (description ?? "").Trim();
        if (text.Length > Service.MaxDescriptionLength)
            throw new DomainException($"The description of '{Name}' has {text.Length} characters; shorten it to at most {Service.MaxDescriptionLength}.");
        OwnerTeam = owner;
        Kind = kind;
        Description = text;
    }

    /// <summary>Declares (or, with null, forgets) how long the resource takes to reconnect.</summary>
    public void SetReconnectTime(ReconnectTime? reconnect)
    {
        ReconnectFromSeconds = reconnect?.FromSeconds;
        ReconnectToSeconds = reconnect?.ToSeconds;
    }
}
