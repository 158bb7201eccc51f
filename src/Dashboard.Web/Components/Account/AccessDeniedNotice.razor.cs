using System.Security.Claims;
using Dashboard.Domain.Access;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Components.Account;

/// <summary>Says which role a refused page needs and how to get it; shown by /account/denied and by pages refused in the app.</summary>
public partial class AccessDeniedNotice
{
    [Inject] public required IOptions<AuthenticationSettings> Settings { get; init; }

    [Parameter, EditorRequired] public ClaimsPrincipal User { get; set; } = new();
    /// <summary>Any one of these roles would have been allowed; empty when unknown.</summary>
    [Parameter] public IReadOnlyList<string> NeededRoles { get; set; } = [];
    /// <summary>The refused page's path, when known.</summary>
    [Parameter] public string? Page { get; set; }

    private string UserName => User.FindFirstValue("name") ?? User.Identity?.Name ?? "you";

    private string YourRoles => Roles.All.Where(User.IsInRole).ToList() is { Count: > 0 } roles ? string.Join(", ", roles) : "no role";

    private string NeededText => NeededRoles.Count == 1 ? NeededRoles[0] : string.Join(", ", NeededRoles.SkipLast(1)) + " or " + NeededRoles[^1];

    private string HowToGetIt => Settings.Value.ParsedMode == AuthenticationMode.Oidc
        ? "To get it, ask whoever manages the dashboard's app registration in Microsoft Entra ID to assign you that app role, then sign out and sign in again."
        : $"To get it, ask an Admin of the dashboard to give your account ({User.Identity?.Name}) that role, then sign in again.";
}
