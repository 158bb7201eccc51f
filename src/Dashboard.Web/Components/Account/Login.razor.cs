using Dashboard.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Components.Account;

/// <summary>Static server-rendered sign-in: only a plain HTTP request can set the session cookie.</summary>
public partial class Login
{
    [Inject] public required SignInService SignIn { get; init; }
    [Inject] public required IOptions<AuthenticationSettings> Settings { get; init; }
    [Inject] public required DemoAccountAccess DemoAccounts { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }

    [CascadingParameter] public HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm] private LoginInput? Input { get; set; }
    [SupplyParameterFromQuery] private string? ReturnUrl { get; set; }
    [SupplyParameterFromQuery] private bool SignedOut { get; set; }

    private string? ErrorMessage { get; set; }
    private AuthenticationMode Mode => Settings.Value.ParsedMode;
    // The form posts back to this same URL, query included, so the return URL survives the post.
    private string SafeReturnUrl => ReturnUrls.LocalOrRoot(ReturnUrl);

    protected override void OnInitialized() => Input ??= new LoginInput();

    private async Task SignInAsync()
    {
        if (Input is null) return;
        var attempt = await SignIn.SignInAsync(Input.UserName, Input.Password, ClientAddress.Of(HttpContext), HttpContext.RequestAborted);
        if (attempt.Principal is null)
        {
            ErrorMessage = attempt.Error;
            // The form is rendered again: never with the password in its HTML.
            Input.Password = "";
            return;
        }
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, attempt.Principal);
        Navigation.NavigateTo(SafeReturnUrl, forceLoad: true);
    }
}
