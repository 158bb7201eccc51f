using System.Data.Common;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Hosting;

/// <summary>
/// Checks the shape of an Azure SignalR Service connection string before the host starts, so a malformed value stops the
/// start naming the key instead of failing on the first circuit. The value itself is never repeated: it holds an access key.
/// </summary>
public sealed class AzureSignalRSettingsValidator : IValidateOptions<AzureSignalRSettings>
{
    private const string Key = "Azure:SignalR:ConnectionString";
    private const string Example = "e.g. Endpoint=https://<name>.service.signalr.net;AccessKey=<key>;Version=1.0; (or AuthType=azure.msi instead of AccessKey for a managed identity)";

    public ValidateOptionsResult Validate(string? name, AzureSignalRSettings settings)
    {
        if (!settings.IsConfigured) return ValidateOptionsResult.Success;
        var parts = new DbConnectionStringBuilder();
        try
        {
            parts.ConnectionString = settings.ConnectionString;
        }
        catch (ArgumentException)
        {
            return Fail("is not a list of name=value pairs separated by ';'");
        }
        if (!parts.TryGetValue("Endpoint", out var endpoint)
            || !Uri.TryCreate(endpoint as string, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            return Fail("has no Endpoint with an http(s) address");
        if (!parts.ContainsKey("AccessKey") && !parts.ContainsKey("AuthType"))
            return Fail("has neither an AccessKey nor an AuthType");
        return ValidateOptionsResult.Success;
    }

    private static ValidateOptionsResult Fail(string problem) =>
        ValidateOptionsResult.Fail($"{Key} {problem}; give the connection string from the resource's Keys page, {Example}. Leave it empty to keep the in-process hub.");
}
