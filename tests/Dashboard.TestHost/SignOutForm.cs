using System.Net;
using System.Text.RegularExpressions;

namespace Dashboard.TestHost;

/// <summary>Signs out through the user menu's form, antiforgery token included, as a browser would.</summary>
public static partial class SignOutForm
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client)
    {
        var page = await client.GetStringAsync("");
        var token = AntiforgeryToken().Match(page);
        if (!token.Success) throw new InvalidOperationException("The page has no sign-out form: is the client signed in?");
        return await client.PostAsync("account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [WebUtility.HtmlDecode(token.Groups["name"].Value)] = WebUtility.HtmlDecode(token.Groups["value"].Value),
            ["returnUrl"] = "/",
        }));
    }

    [GeneratedRegex("<form[^>]*action=\"account/logout\"[\\s\\S]*?<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"")]
    private static partial Regex AntiforgeryToken();
}
