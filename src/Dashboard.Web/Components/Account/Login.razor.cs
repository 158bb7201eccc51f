using System.Security.Claims;
using Dashboard.Infrastructure.Persistence.Accounts;
using Dashboard.Web.Endpoints;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Components.Account;

/// <summary>Static server-rendered sign-in: only a plain HTTP request can set the session cookie.</summary>
public partial class Login
{
    [Inject] public required LocalAccountStore Accounts { get; init; }
    [Inject] public required IOptions<AuthenticationSettings> Settings { get; init; }
    [Inject] public required IWebHostEnvironment Environment { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required ILogger<Login> Logger { get; init; }

    [CascadingParameter] public HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm] private LoginInput? Input { get; set; }
    [SupplyParameterFromQuery] private string? ReturnUrl { get; set; }
    [SupplyParameterFromQuery] private bool SignedOut { get; set; }

    private string? ErrorMessage { get; set; }
    private AuthenticationMode Mode => Settings.Value.ParsedMode;
    // The form posts back to this same URL, query included, so the return URL survives the post.
    private string SafeReturnUrl => AccountEndpoints.LocalOrRoot(ReturnUrl);

    protected override void OnInitialized() => Input ??= new LoginInput();

    private async Task SignInAsync()
    {
        if (Input is null) return;
        var demoAllowed = !Environment.IsProduction() || Settings.Value.AllowDemoAccountsInProduction;
        var result = await Accounts.VerifyAsync(Input.UserName, Input.Password, demoAllowed, HttpContext.RequestAborted);
        switch (result.Outcome)
        {
            case SignInOutcome.InvalidCredentials:
                Logger.LogWarning("Failed sign-in for {UserName}", Input.UserName);
                ErrorMessage = "That user name and password do not match. Check both and try again; passwords are case-sensitive.";
                return;
            case SignInOutcome.DemoAccountsDisabled:
                ErrorMessage = "Demo accounts are turned off in Production. Sign in with your own account, or ask an Admin to set Authentication:AllowDemoAccountsInProduction.";
                return;
        }
        var account = result.Account!;
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, account.UserName),
                new Claim("name", account.DisplayName),
                new Claim(ClaimTypes.Role, account.Role),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        Navigation.NavigateTo(SafeReturnUrl, forceLoad: true);
    }
}
