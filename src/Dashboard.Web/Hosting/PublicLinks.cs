using Dashboard.Application.Notifications;
using Dashboard.Web.Components;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Hosting;

/// <summary>Links under <c>Dashboard:PublicBaseUrl</c> (a path base such as <c>https://contoso.com/dashboard</c> is kept); none when it is empty.</summary>
public sealed class PublicLinks(IOptions<DashboardOptions> options) : IDashboardLinks
{
    private readonly Uri? _base = BaseOf(options.Value.PublicBaseUrl);

    public Uri? Incident(Guid incidentId) => _base is null ? null : new Uri(_base, PageRoutes.Incident(incidentId));

    public Uri? ConfigKey(string store, string key) => _base is null ? null : new Uri(_base, PageRoutes.ConfigMapKey(store, key));

    // Page links are relative, so the base must end with '/' for them to land under its path rather than replace its last segment.
    private static Uri? BaseOf(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : new Uri(text.Trim().EndsWith('/') ? text.Trim() : text.Trim() + "/", UriKind.Absolute);
}
