using Dashboard.Infrastructure.AppConfiguration;
using Dashboard.Web.Hosting;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// The <c>ConfigStores:LocalReadAccess</c> settings: the access key (Id and base64 Secret, as in an App Configuration
/// connection string) that may read the local stores through <c>/appconfig/{store}</c>. With neither set the endpoint
/// is off; appsettings.Development.json holds a default for the sample fleet, so it is on only in Development.
/// </summary>
public sealed class LocalStoreReadAccess
{
    public const string SectionName = "ConfigStores:LocalReadAccess";

    public string Id { get; set; } = "";

    /// <summary>Base64, like the Secret of an App Configuration connection string. Set it through the environment outside Development.</summary>
    public string Secret { get; set; } = "";

    public bool IsEnabled => Id.Length > 0;

    /// <summary>The settings, or <see cref="InvalidSettingsException"/> naming the key to fix.</summary>
    public static LocalStoreReadAccess Bind(IConfiguration configuration)
    {
        var access = new LocalStoreReadAccess();
        configuration.GetSection(SectionName).Bind(access);
        (access.Id, access.Secret) = (access.Id.Trim(), access.Secret.Trim());
        var failure = (access.Id.Length > 0, access.Secret.Length > 0) switch
        {
            (true, false) or (false, true) =>
                $"{SectionName}: set both Id and Secret to turn on the App Configuration read endpoint, or neither to keep it off.",
            (true, true) when !IsBase64(access.Secret) =>
                $"{SectionName}:Secret is not base64: use a random key encoded in base64, e.g. from 'openssl rand -base64 32'.",
            _ => null,
        };
        return failure is null ? access : throw new InvalidSettingsException([failure]);
    }

    public HmacRequestVerifier CreateVerifier() => new(Id, Convert.FromBase64String(Secret));

    private static bool IsBase64(string text) => Convert.TryFromBase64String(text, new byte[text.Length], out var written) && written > 0;
}
