using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Microsoft.Extensions.Configuration.AzureAppConfiguration;

/// <summary>
/// Signs a request the App Configuration way (HMAC-SHA256 over <c>METHOD\npath_and_query\nx-ms-date;host;x-ms-content-sha256</c>).
/// Body-less GETs only: the provider never writes.
/// </summary>
internal sealed class HmacSigner(string id, byte[] secret, TimeProvider time)
{
    private static readonly string EmptyBodyHash = Convert.ToBase64String(SHA256.HashData([]));

    public void Sign(HttpRequestMessage request)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI to sign.");
        var date = time.GetUtcNow().UtcDateTime.ToString("r", CultureInfo.InvariantCulture);
        var stringToSign = $"{request.Method.Method}\n{uri.PathAndQuery}\n{date};{uri.Authority};{EmptyBodyHash}";
        var signature = Convert.ToBase64String(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(stringToSign)));
        request.Headers.Add("x-ms-date", date);
        request.Headers.Add("x-ms-content-sha256", EmptyBodyHash);
        request.Headers.TryAddWithoutValidation("Authorization",
            $"HMAC-SHA256 Credential={id}&SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature={signature}");
    }
}
