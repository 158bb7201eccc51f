using Dashboard.Domain.Access;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Account;

/// <summary>Where the session cookie sends a signed-in person whose role does not allow the page they asked for.</summary>
public partial class AccessDenied
{
    [CascadingParameter] public HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromQuery] private string? ReturnUrl { get; set; }
    [SupplyParameterFromQuery(Name = AuthenticationSetup.NeededRolesParameter)] private string? Need { get; set; }

    // Only known role names are shown: the address can be edited by anyone.
    private IReadOnlyList<string> NeededRoles => [.. (Need ?? "").Split(',', StringSplitOptions.TrimEntries).Where(Roles.IsKnown).Distinct()];

    private string? Page => ReturnUrls.LocalOrRoot(ReturnUrl) is var page && page != "/" ? page : null;
}
