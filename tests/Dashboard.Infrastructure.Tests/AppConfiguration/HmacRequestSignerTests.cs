using System.Security.Cryptography;
using System.Text;
using Dashboard.Infrastructure.AppConfiguration;

namespace Dashboard.Infrastructure.Tests.AppConfiguration;

public sealed class HmacRequestSignerTests
{
    private static readonly DateTimeOffset May11 = new(2018, 5, 11, 18, 48, 36, TimeSpan.Zero);

    [Fact]
    public void Authorization_KnownRequest_SignsTheDocumentedStringToSign()
    {
        var secret = "a-secret-key"u8.ToArray();
        var signer = new HmacRequestSigner("key-id", secret);
        var contentHash = HmacRequestSigner.ContentHash([]);
        const string expectedStringToSign = "GET\n/kv?key=a&api-version=2023-11-01\nFri, 11 May 2018 18:48:36 GMT;example.azconfig.io;47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";
        using var hmac = new HMACSHA256(secret);
        var expectedSignature = Convert.ToBase64String(hmac.ComputeHash(Encoding.ASCII.GetBytes(expectedStringToSign)));

        var authorization = signer.Authorization("get", "/kv?key=a&api-version=2023-11-01", HmacRequestSigner.FormatDate(May11), "example.azconfig.io", contentHash);

        Assert.Equal($"HMAC-SHA256 Credential=key-id&SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature={expectedSignature}", authorization);
    }

    [Fact]
    public void ContentHash_Body_IsBase64OfItsSha256()
    {
        var body = "{\"value\":\"x\"}"u8.ToArray();

        var hash = HmacRequestSigner.ContentHash(body);

        Assert.Equal(Convert.ToBase64String(SHA256.Create().ComputeHash(body)), hash);
    }

    [Fact]
    public void FormatDate_OffsetTime_IsRfc1123InUtc()
    {
        var date = HmacRequestSigner.FormatDate(new DateTimeOffset(2018, 5, 11, 20, 48, 36, TimeSpan.FromHours(2)));

        Assert.Equal("Fri, 11 May 2018 18:48:36 GMT", date);
    }
}
