using Dashboard.Domain.Catalog;
using Dashboard.Infrastructure.Catalog;

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

    public static ServiceForm From(Service service) => new()
    {
        Name = service.Name,
        OwnerTeam = service.OwnerTeam,
        Kind = service.Kind,
        Lifecycle = service.Lifecycle,
        Description = service.Description,
        SourcePath = service.SourcePath ?? "",
        DeclaredConfigKeys = ConfigKeyFilterList.Join(service.DeclaredConfigKeys),
    };

    public ServiceChanges ToChanges() =>
        new(Name, OwnerTeam, Kind, Lifecycle, Description, SourcePath, ConfigKeyFilterList.Split(DeclaredConfigKeys));
}
