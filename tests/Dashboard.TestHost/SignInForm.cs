using System.Net;
using System.Text.RegularExpressions;

namespace Dashboard.TestHost;

/// <summary>Signs in through the real sign-in form, antiforgery token included, as a browser would.</summary>
public static partial class SignInForm
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string userName, string password, string returnUrl = "/")
    {
        var page = await client.GetStringAsync($"account/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        var fields = HiddenInput().Matches(page).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["Input.UserName"] = userName;
        fields["Input.Password"] = password;
        return await client.PostAsync($"account/login?returnUrl={Uri.EscapeDataString(returnUrl)}", new FormUrlEncodedContent(fields));
    }

    public static async Task SignInAsync(HttpClient client, string userName, string password)
    {
        var response = await PostAsync(client, userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Signing in as {userName} did not redirect ({(int)response.StatusCode}).");
    }

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}
