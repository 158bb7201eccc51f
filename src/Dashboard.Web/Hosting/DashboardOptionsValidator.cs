using Microsoft.Extensions.Options;

namespace Dashboard.Web.Hosting;

public sealed class DashboardOptionsValidator : IValidateOptions<DashboardOptions>
{
    public ValidateOptionsResult Validate(string? name, DashboardOptions options)
    {
        var text = options.PublicBaseUrl?.Trim() ?? "";
        if (text.Length == 0) return ValidateOptionsResult.Success;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            || url.Query.Length > 0 || url.Fragment.Length > 0)
            return ValidateOptionsResult.Fail(
                $"Dashboard:PublicBaseUrl is '{text}', not an absolute http or https address; give the address people open the dashboard at, e.g. https://dashboard.contoso.com/, or leave it empty for messages without links.");
        return ValidateOptionsResult.Success;
    }
}
