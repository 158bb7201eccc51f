using System.Diagnostics.CodeAnalysis;

namespace Microsoft.Extensions.Configuration.AzureAppConfiguration;

/// <summary>
/// An access-key connection string, <c>Endpoint=…;Id=…;Secret=…</c>. Unlike a store in Azure, the dashboard serves
/// its local stores under a path (<c>http://127.0.0.1:5180/appconfig/{store}</c>), so the endpoint keeps its path.
/// Never shows the secret.
/// </summary>
internal sealed class AppConfigurationConnection
{
    private AppConfigurationConnection(Uri endpoint, string id, byte[] secret)
    {
        Endpoint = endpoint;
        Id = id;
        Secret = secret;
    }

    public Uri Endpoint { get; }
    public string Id { get; }
    public byte[] Secret { get; }

    public static AppConfigurationConnection Parse(string? connectionString) =>
        TryParse(connectionString, out var connection, out var problem)
            ? connection
            : throw new ArgumentException(problem, nameof(connectionString));

    /// <summary>False, with what is wrong in words, when the connection string cannot be used.</summary>
    public static bool TryParse(string? connectionString, [NotNullWhen(true)] out AppConfigurationConnection? connection, [NotNullWhen(false)] out string? problem)
    {
        const string Shape = "Endpoint=<url>;Id=<access key id>;Secret=<base64 access key>";
        connection = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            problem = $"The connection string is empty; expected {Shape}.";
            return false;
        }
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=');
            if (equals <= 0)
            {
                problem = $"The connection string has a part that is not name=value; expected {Shape}.";
                return false;
            }
            // The secret is base64 and may end in '=': only the first '=' separates the name.
            parts[part[..equals]] = part[(equals + 1)..];
        }
        if (!parts.TryGetValue("Endpoint", out var endpointText) || !parts.TryGetValue("Id", out var id) || !parts.TryGetValue("Secret", out var secretText))
            problem = $"The connection string needs Endpoint, Id and Secret: {Shape}.";
        else if (!Uri.TryCreate(endpointText, UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
            problem = $"The connection string's Endpoint '{endpointText}' is not an absolute http(s) URL.";
        else if (!Convert.TryFromBase64String(secretText, new byte[secretText.Length], out var written) || written == 0)
            problem = "The connection string's Secret is not base64.";
        else
            connection = new AppConfigurationConnection(new Uri(endpoint.GetLeftPart(UriPartial.Path).TrimEnd('/')), id, Convert.FromBase64String(secretText));
        return connection is not null;
    }

    public override string ToString() => $"Endpoint={Endpoint};Id={Id};Secret=***";
}
