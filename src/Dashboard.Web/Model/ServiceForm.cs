using Dashboard.Domain.Catalog;
using Dashboard.Application.Catalog;

namespace Dashboard.Web.Model;

/// <summary>The edit dialog's fields for one service; the domain checks them when saved.</summary>
public sealed class ServiceForm
{
    public required string Name { get; init; }
    public string OwnerTeam { get; set; } = "";
    public ServiceKind Kind { get; set; }
    public Lifecycle Lifecycle { get; set; }
    public string Description { get; set; } = "";
    public string SourcePath { get; set; } = "";
    /// <summary>Key filters separated by ',' or new lines, e.g. <c>Orders:*, tax.rate.default</c>.</summary>
    public string DeclaredConfigKeys { get; set; } = "";
    /// <summary>The stored version the form was filled from: saving is refused if someone changed the service since.</summary>
    public int? Version { get; init; }

    public static ServiceForm From(Service service, int? version) => new()
    {
        Version = version,
        Name = service.Name,
        OwnerTeam = service.OwnerTeam,
        Kind = service.Kind,
        Lifecycle = service.Lifecycle,
        Description = service.Description,
        SourcePath = service.SourcePath ?? "",
        DeclaredConfigKeys = ConfigKeyFilterList.Join(service.DeclaredConfigKeys),
    };

    public ServiceChanges ToChanges() =>
        new(Name, OwnerTeam, Kind, Lifecycle, Description, SourcePath, ConfigKeyFilterList.Split(DeclaredConfigKeys), Version);
}
