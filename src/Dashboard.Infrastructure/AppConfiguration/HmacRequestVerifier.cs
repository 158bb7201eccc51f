using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Infrastructure.AppConfiguration;

/// <summary>
/// The service side of App Configuration's HMAC-SHA256 scheme: recomputes the signature a client made with
/// <see cref="HmacRequestSigner"/> from the request as it arrived, and says in words why a request is refused.
/// </summary>
public sealed class HmacRequestVerifier(string credential, byte[] secret)
{
    /// <summary>How far x-ms-date may be from the server's clock, as App Configuration allows.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(15);

    private const string Scheme = "HMAC-SHA256";

    private readonly HmacRequestSigner _signer = new(credential, secret);

    /// <summary>
    /// Null when the request is signed by this credential; otherwise why it is not. <paramref name="pathAndQuery"/> is
    /// the request target exactly as sent (escapes included), <paramref name="body"/> the bytes received.
    /// </summary>
    public string? Verify(string method, string pathAndQuery, string host, string? authorization, string? date, string? contentHash,
        ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(authorization) || !authorization.StartsWith(Scheme + " ", StringComparison.OrdinalIgnoreCase))
            return $"The request has no {Scheme} Authorization header: sign it with the access key (Id and Secret of the connection string).";
        var parts = ParseParameters(authorization[(Scheme.Length + 1)..]);
        if (!parts.TryGetValue("Credential", out var presented) || !parts.TryGetValue("SignedHeaders", out var signedHeaders)
            || !parts.TryGetValue("Signature", out var signature))
            return "The Authorization header needs Credential, SignedHeaders and Signature.";
        if (!string.Equals(presented, credential, StringComparison.Ordinal))
            return $"The credential '{presented}' is not known here: use the Id configured for this store.";
        if (!string.Equals(signedHeaders, HmacRequestSigner.SignedHeaders, StringComparison.OrdinalIgnoreCase))
            return $"SignedHeaders must be {HmacRequestSigner.SignedHeaders}.";
        if (date is null || !DateTimeOffset.TryParseExact(date, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var sentAt))
            return "The x-ms-date header is missing or not an RFC 1123 date.";
        if ((now - sentAt).Duration() > MaxClockSkew)
            return $"The x-ms-date {date} is more than {MaxClockSkew.TotalMinutes:0} minutes from the server's clock: check the client's clock.";
        var bodyHash = HmacRequestSigner.ContentHash(body);
        if (!string.Equals(contentHash, bodyHash, StringComparison.Ordinal))
            return "The x-ms-content-sha256 header does not match the body (base64 SHA-256 of the bytes sent).";

        var expected = _signer.Authorization(method, pathAndQuery, date, host, bodyHash);
        var expectedSignature = expected[(expected.LastIndexOf("Signature=", StringComparison.Ordinal) + "Signature=".Length)..];
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(signature), Encoding.ASCII.GetBytes(expectedSignature))
            ? null
            : "The signature does not match: sign METHOD, the path and query as sent, and x-ms-date;host;x-ms-content-sha256 with the Secret.";
    }

    // "Credential=x&SignedHeaders=a;b&Signature=s": the SDKs separate with '&', some tools with ', '. Values are base64,
    // so only the first '=' of each part separates the name.
    private static Dictionary<string, string> ParseParameters(string text)
    {
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in text.Split(['&', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=');
            if (equals > 0)
                parameters[part[..equals]] = part[(equals + 1)..];
        }
        return parameters;
    }
}
