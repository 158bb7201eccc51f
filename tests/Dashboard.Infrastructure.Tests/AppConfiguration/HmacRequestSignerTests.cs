using Dashboard.Infrastructure.AppConfiguration;

namespace Dashboard.Infrastructure.Tests.AppConfiguration;

public sealed class HmacRequestSignerTests
{
    private static readonly DateTimeOffset May11 = new(2018, 5, 11, 18, 48, 36, TimeSpan.Zero);

    // Known answers computed outside .NET (Python's hmac and hashlib) over the documented string to sign:
    // "GET\n/kv?key=a&api-version=2023-11-01\nFri, 11 May 2018 18:48:36 GMT;example.azconfig.io;<SHA-256 of the empty body>".
    [Fact]
    public void Authorization_KnownRequest_GivesTheKnownSignature()
    {
        var signer = new HmacRequestSigner("key-id", "a-secret-key"u8.ToArray());

        var authorization = signer.Authorization("get", "/kv?key=a&api-version=2023-11-01", HmacRequestSigner.FormatDate(May11), "example.azconfig.io",
            HmacRequestSigner.ContentHash([]));

        Assert.Equal("HMAC-SHA256 Credential=key-id&SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=kI11Ga+/shR1L+3RuHbU6+LlaN5SJYXzjdDqrxEw1Ao=", authorization);
    }

    [Fact]
    public void ContentHash_EmptyAndJsonBodies_AreTheKnownSha256Values()
    {
        Assert.Equal("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", HmacRequestSigner.ContentHash([]));
        Assert.Equal("2h+kVMKz5BeSixJBSkcLEKXFFRUyqZCmxLGdgB1Cwlk=", HmacRequestSigner.ContentHash("{\"value\":\"x\"}"u8));
    }

    [Fact]
    public void FormatDate_OffsetTime_IsRfc1123InUtc()
    {
        var date = HmacRequestSigner.FormatDate(new DateTimeOffset(2018, 5, 11, 20, 48, 36, TimeSpan.FromHours(2)));

        Assert.Equal("Fri, 11 May 2018 18:48:36 GMT", date);
    }
}
