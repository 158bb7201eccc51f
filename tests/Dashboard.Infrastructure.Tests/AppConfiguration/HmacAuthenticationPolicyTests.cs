using System.Net;
using System.Security.Cryptography;
using System.Text;
using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.Tests.AppConfiguration.Support;

namespace Dashboard.Infrastructure.Tests.AppConfiguration;

public sealed class HmacAuthenticationPolicyTests
{
    private static readonly DateTimeOffset Start = new(2024, 5, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SetSettingAsync_EndpointWithPort_SignsMethodPathHostWithPortAndBodyHash()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.OK, ScriptedClient.SettingJson("Billing:TaxRate", "prod"));
        var client = ScriptedClient.WithConnectionString(handler, "https://store.azconfig.io:8443", new SteppingTimeProvider(Start, TimeSpan.FromMinutes(1)));

        await client.SetSettingAsync(new ConfigSettingWrite("Billing:TaxRate", "prod", "0.0825"), ConfigWriteCondition.Always);

        var sent = Assert.Single(handler.Sent);
        Assert.Equal("Wed, 01 May 2024 10:00:00 GMT", sent.Header("x-ms-date"));
        Assert.Equal(Convert.ToBase64String(SHA256.HashData(sent.Body)), sent.Header("x-ms-content-sha256"));
        Assert.Equal(ExpectedAuthorization(sent, "store.azconfig.io:8443"), sent.Header("Authorization"));
    }

    [Fact]
    public async Task GetSettingAsync_RetriedAfter503_ResignsTheRetryWithANewDate()
    {
        var handler = new ScriptedHandler()
            .Then(HttpStatusCode.ServiceUnavailable, headers: ("retry-after-ms", "1"))
            .Then(HttpStatusCode.OK, ScriptedClient.SettingJson("k"));
        var client = ScriptedClient.WithConnectionString(handler, time: new SteppingTimeProvider(Start, TimeSpan.FromMinutes(1)));

        var read = await client.GetSettingAsync("k", null);

        Assert.Equal(ConfigReadStatus.Found, read.Status);
        Assert.Equal(2, handler.Sent.Count);
        Assert.Equal(["Wed, 01 May 2024 10:00:00 GMT", "Wed, 01 May 2024 10:01:00 GMT"], handler.Sent.Select(s => s.Header("x-ms-date")));
        Assert.NotEqual(handler.Sent[0].Header("Authorization"), handler.Sent[1].Header("Authorization"));
        Assert.All(handler.Sent, sent => Assert.Equal(ExpectedAuthorization(sent, "store.azconfig.io"), sent.Header("Authorization")));
    }

    // Computed here from the specification, independently of the production signer.
    private static string ExpectedAuthorization(SentRequest sent, string host)
    {
        var stringToSign = $"{sent.Method.Method}\n{sent.Uri.PathAndQuery}\n{sent.Header("x-ms-date")};{host};{sent.Header("x-ms-content-sha256")}";
        using var hmac = new HMACSHA256(ScriptedClient.Secret);
        var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.ASCII.GetBytes(stringToSign)));
        return $"HMAC-SHA256 Credential={ScriptedClient.Credential}&SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature={signature}";
    }
}
