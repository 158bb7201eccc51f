using System.Globalization;

namespace Dashboard.Web.Components;

/// <summary>
/// Every page's address, in one place. Route templates (with a leading '/') go on the pages; links are relative to the
/// document's base href, so the dashboard also works under a path base behind a proxy.
/// </summary>
public static class PageRoutes
{
    public const string Overview = "/";
    public const string Propose = "/propose";
    public const string Proposals = "/proposals";
    public const string ProposalTemplate = "/proposals/{Id:guid}";
    public const string ConfigMap = "/config-map";
    public const string Catalog = "/catalog";
    public const string Stores = "/stores";
    public const string Audit = "/audit";
    public const string GateSettings = "/settings/gate";
    public const string Health = "/health";
    public const string ServiceHealthTemplate = "/health/{Service}";
    public const string Incidents = "/incidents";
    public const string IncidentTemplate = "/incidents/{Id:guid}";
    public const string Reconciliation = "/reconciliation";
    public const string Login = "/account/login";
    public const string AccessDenied = "/account/denied";
    public const string NotFound = "/not-found";

    /// <summary>A link to a page without parameters: its route, relative to the base href.</summary>
    public static string Link(string route) => route.TrimStart('/');

    public static string Proposal(Guid id) => $"proposals/{id}";

    public static string ServiceHealth(string service) => $"health/{Uri.EscapeDataString(service)}";

    public static string Incident(Guid id) => $"incidents/{id}";

    /// <summary>The config map of a store, searched for one key: where the key's page (its details and changes) opens.</summary>
    public static string ConfigMapKey(string store, string key) => $"config-map?store={Uri.EscapeDataString(store)}&q={Uri.EscapeDataString(key)}";

    /// <summary>The reconciliation page with its criteria set to what happened within an incident's window.</summary>
    public static string ReconcileWindow(Guid incident, DateTimeOffset from, DateTimeOffset? until) =>
        $"reconciliation?incident={incident}&from={Uri.EscapeDataString(from.UtcDateTime.ToString("O", CultureInfo.InvariantCulture))}"
        + (until is { } end ? $"&to={Uri.EscapeDataString(end.UtcDateTime.ToString("O", CultureInfo.InvariantCulture))}" : "");

    public static string ProposeFor(string key) => $"propose?key={Uri.EscapeDataString(key)}";
}
