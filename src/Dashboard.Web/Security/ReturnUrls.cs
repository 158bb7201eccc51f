namespace Dashboard.Web.Security;

/// <summary>
/// Where to go after signing in: only a path on this dashboard, escaped to plain ASCII (a non-ASCII character in a Location
/// header fails the response), else the Overview. Never another host, never "//host" or "/\host".
/// </summary>
public static class ReturnUrls
{
    private const int MaxLength = 2048;
    private static readonly Uri Origin = new("http://dashboard.invalid/");

    public static string LocalOrRoot(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Length > MaxLength || !IsLocalPath(returnUrl))
            return "/";
        if (!Uri.TryCreate(Origin, returnUrl, out var target) || target.Authority != Origin.Authority)
            return "/";
        var escaped = target.PathAndQuery + target.Fragment;
        return IsLocalPath(escaped) && escaped.All(c => c is > ' ' and < '\u007F') ? escaped : "/";
    }

    private static bool IsLocalPath(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
