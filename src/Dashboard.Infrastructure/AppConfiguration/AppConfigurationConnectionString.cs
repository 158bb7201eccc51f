namespace Dashboard.Infrastructure.AppConfiguration;

/// <summary>
/// The parts of an App Configuration access-key connection string: <c>Endpoint=https://x.azconfig.io;Id=...;Secret=...</c>.
/// Messages and <see cref="ToString"/> never contain the secret.
/// </summary>
public sealed class AppConfigurationConnectionString
{
    private AppConfigurationConnectionString(Uri endpoint, string credential, byte[] secret)
    {
        Endpoint = endpoint;
        Credential = credential;
        Secret = secret;
    }

    public Uri Endpoint { get; }
    /// <summary>The access key id, sent in clear as the HMAC credential.</summary>
    public string Credential { get; }
    /// <summary>The decoded access key value used to sign requests.</summary>
    public byte[] Secret { get; }

    public static AppConfigurationConnectionString Parse(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new FormatException("The App Configuration connection string is empty: copy it from the store's Access settings, it looks like Endpoint=https://<store>.azconfig.io;Id=<id>;Secret=<secret>.");

        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var segment in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = segment.IndexOf('=');
            if (equals <= 0)
                throw new FormatException("The App Configuration connection string has a part that is not 'name=value'; expected Endpoint=https://<store>.azconfig.io;Id=<id>;Secret=<secret>.");
            // Values (the secret especially) are base64 and end in '='; only the first '=' separates the name.
            parts[segment[..equals].Trim()] = segment[(equals + 1)..].Trim();
        }

        var endpoint = ParseEndpoint(Required(parts, "Endpoint"));
        var credential = Required(parts, "Id");
        var secret = DecodeSecret(Required(parts, "Secret"));
        return new AppConfigurationConnectionString(endpoint, credential, secret);
    }

    public override string ToString() => $"Endpoint={Endpoint.GetLeftPart(UriPartial.Authority)};Id={Credential};Secret=***";

    private static string Required(Dictionary<string, string> parts, string name)
    {
        if (!parts.TryGetValue(name, out var value) || value.Length == 0)
            throw new FormatException($"The App Configuration connection string has no {name}: it needs Endpoint, Id and Secret, as in Endpoint=https://<store>.azconfig.io;Id=<id>;Secret=<secret>.");
        return value;
    }

    private static Uri ParseEndpoint(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
            throw new FormatException($"The App Configuration connection string's Endpoint '{value}' is not an absolute https URL such as https://<store>.azconfig.io.");
        return new Uri(endpoint.GetLeftPart(UriPartial.Authority));
    }

    private static byte[] DecodeSecret(string value)
    {
        var buffer = new byte[value.Length];
        if (!Convert.TryFromBase64String(value, buffer, out var written))
            throw new FormatException("The App Configuration connection string's Secret is not valid base64: copy the whole connection string again from the store's Access settings.");
        return buffer[..written];
    }
}
