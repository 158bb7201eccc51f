using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Infrastructure.AppConfiguration;

/// <summary>
/// The App Configuration HMAC-SHA256 scheme: the string to sign is
/// <c>METHOD\npath_and_query\nx-ms-date;host;x-ms-content-sha256</c> (header values, ';'-separated).
/// </summary>
public sealed class HmacRequestSigner(string credential, byte[] secret)
{
    public const string SignedHeaders = "x-ms-date;host;x-ms-content-sha256";

    public static string ContentHash(ReadOnlySpan<byte> body) => Convert.ToBase64String(SHA256.HashData(body));

    /// <summary>The RFC 1123 date the service expects in x-ms-date (at most 15 minutes off).</summary>
    public static string FormatDate(DateTimeOffset now) => now.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);

    public static string StringToSign(string method, string pathAndQuery, string date, string host, string contentHash) =>
        $"{method.ToUpperInvariant()}\n{pathAndQuery}\n{date};{host};{contentHash}";

    public string Authorization(string method, string pathAndQuery, string date, string host, string contentHash)
    {
        var toSign = StringToSign(method, pathAndQuery, date, host, contentHash);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(toSign)));
        return $"HMAC-SHA256 Credential={credential}&SignedHeaders={SignedHeaders}&Signature={signature}";
    }
}
