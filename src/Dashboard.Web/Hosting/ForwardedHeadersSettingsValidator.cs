using System.Net;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Hosting;

public sealed class ForwardedHeadersSettingsValidator : IValidateOptions<ForwardedHeadersSettings>
{
    public ValidateOptionsResult Validate(string? name, ForwardedHeadersSettings settings)
    {
        var failures = new List<string>();
        for (var i = 0; i < settings.KnownProxies.Length; i++)
            if (!IPAddress.TryParse(settings.KnownProxies[i], out _))
                failures.Add($"ForwardedHeaders:KnownProxies:{i} is '{settings.KnownProxies[i]}'; give the proxy's IP address, e.g. 10.0.0.4.");
        for (var i = 0; i < settings.KnownNetworks.Length; i++)
            if (!IPNetwork.TryParse(settings.KnownNetworks[i], out _))
                failures.Add($"ForwardedHeaders:KnownNetworks:{i} is '{settings.KnownNetworks[i]}'; give a network in CIDR notation, e.g. 10.0.0.0/24.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
