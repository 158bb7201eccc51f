using System.Diagnostics;
using System.Net;
using Azure.Core;
using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.Tests.AppConfiguration.Support;

namespace Dashboard.Infrastructure.Tests.AppConfiguration;

/// <summary>Client behaviour the recordings do not cover: throttling, Sync-Tokens across calls, authentication failures.</summary>
public sealed class AppConfigurationClientTests
{
    [Fact]
    public async Task GetSettingAsync_ThrottledWithRetryAfterMs_WaitsAsAskedAndRetries()
    {
        var handler = new ScriptedHandler()
            .Then(HttpStatusCode.TooManyRequests, headers: ("retry-after-ms", "300"))
            .Then(HttpStatusCode.OK, ScriptedClient.SettingJson("k"));
        var client = ScriptedClient.WithConnectionString(handler);
        var clock = Stopwatch.StartNew();

        var read = await client.GetSettingAsync("k", null);

        Assert.Equal(ConfigReadStatus.Found, read.Status);
        Assert.Equal(2, handler.Sent.Count);
        // The configured retry delay is 1 ms, so only the header explains a wait this long.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(280), $"retried after {clock.Elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task GetSettingAsync_ThrottledOnEveryAttempt_ThrowsThrottledWithTheServerWait()
    {
        var handler = new ScriptedHandler();
        for (var attempt = 0; attempt < 3; attempt++)
            handler.Then(HttpStatusCode.TooManyRequests, headers: ("retry-after-ms", "2"));
        var client = ScriptedClient.WithConnectionString(handler, maxRetries: 2);

        var failure = await Assert.ThrowsAsync<ConfigStoreException>(() => client.GetSettingAsync("k", "prod"));

        Assert.Equal((ConfigStoreErrorKind.Throttled, 429, "k", "prod"), (failure.Kind, failure.StatusCode, failure.Key, failure.Label));
        Assert.Equal(TimeSpan.FromMilliseconds(2), failure.RetryAfter);
        Assert.Equal(3, handler.Sent.Count);
    }

    [Fact]
    public async Task GetSettingAsync_AfterAWrite_SendsTheWritesSyncToken()
    {
        var handler = new ScriptedHandler()
            .Then(HttpStatusCode.OK, ScriptedClient.SettingJson("k"), ("Sync-Token", "id1=dG9rZW4=;sn=7"))
            .Then(HttpStatusCode.OK, ScriptedClient.SettingJson("k"), ("Sync-Token", "id1=b2xk;sn=6"))
            .Then(HttpStatusCode.OK, ScriptedClient.SettingJson("k"));
        var client = ScriptedClient.WithConnectionString(handler);

        await client.SetSettingAsync(new ConfigSettingWrite("k", null, "v"), ConfigWriteCondition.Always);
        await client.GetSettingAsync("k", null);
        await client.GetSettingAsync("k", null);

        Assert.Equal([null, "id1=dG9rZW4=", "id1=dG9rZW4="], handler.Sent.Select(s => s.Header("Sync-Token")));
    }

    [Fact]
    public async Task GetSettingAsync_CredentialRefused_ThrowsUnauthorizedWithAdviceAndTheServiceReason()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.Unauthorized,
            headers: ("WWW-Authenticate", "HMAC-SHA256 error=\"invalid_token\" error_description=\"Invalid Signature\", Bearer"));
        var client = ScriptedClient.WithConnectionString(handler);

        var failure = await Assert.ThrowsAsync<ConfigStoreException>(() => client.GetSettingAsync("k", null));

        Assert.Equal((ConfigStoreErrorKind.Unauthorized, 401), (failure.Kind, failure.StatusCode));
        Assert.Contains("the identity's App Configuration Data Reader/Owner role", failure.Message);
        Assert.Contains("Invalid Signature", failure.Message);
        Assert.DoesNotContain(Convert.ToBase64String(ScriptedClient.Secret), failure.Message);
    }

    [Fact]
    public async Task ListSettingsAsync_Forbidden_ThrowsForbiddenNamingTheRoles()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.Forbidden,
            """{"type":"https://azconfig.io/errors/forbidden","title":"Forbidden","detail":"Access to the store is denied.","status":403}""");
        var client = ScriptedClient.WithConnectionString(handler);

        var failure = await Assert.ThrowsAsync<ConfigStoreException>(() => client.ListSettingsAsync(ConfigSettingFilter.All).ToListAsync());

        Assert.Equal(ConfigStoreErrorKind.Forbidden, failure.Kind);
        Assert.Contains("Data Reader", failure.Message);
        Assert.Contains("Access to the store is denied.", failure.Message);
    }

    [Fact]
    public async Task SetSettingAsync_ProblemJson400_ThrowsInvalidRequestWithTheServiceDetail()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.BadRequest,
            """{"type":"https://azconfig.io/errors/invalid-argument","title":"Invalid request parameter 'label'","name":"label","detail":"label(*): The character is not supported","status":400}""",
            ("Content-Type", "application/problem+json; charset=utf-8"));
        var client = ScriptedClient.WithConnectionString(handler);

        var failure = await Assert.ThrowsAsync<ConfigStoreException>(() =>
            client.SetSettingAsync(new ConfigSettingWrite("k", "*", "v"), ConfigWriteCondition.Always));

        Assert.Equal((ConfigStoreErrorKind.InvalidRequest, 400, "k", "*"), (failure.Kind, failure.StatusCode, failure.Key, failure.Label));
        Assert.Contains("label(*): The character is not supported", failure.Message);
    }

    [Fact]
    public async Task LockSettingAsync_MissingKey_ThrowsNotFound()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.NotFound);
        var client = ScriptedClient.WithConnectionString(handler);

        var failure = await Assert.ThrowsAsync<ConfigStoreException>(() => client.LockSettingAsync("missing", "prod"));

        Assert.Equal((ConfigStoreErrorKind.NotFound, "missing", "prod"), (failure.Kind, failure.Key, failure.Label));
        Assert.Equal("/locks/missing", handler.Sent[0].Uri.AbsolutePath);
    }

    [Fact]
    public async Task ListSettingsAsync_NullLabelFilter_SendsTheEscapedNullCharacter()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.OK, """{"items":[]}""");
        var client = ScriptedClient.WithConnectionString(handler);

        await client.ListSettingsAsync(ConfigSettingFilter.ForSetting("Billing:TaxRate", null)).ToListAsync();

        Assert.Equal("?key=Billing%3ATaxRate&label=%00&api-version=2023-11-01", handler.Sent[0].Uri.Query);
        Assert.Equal("application/vnd.microsoft.appconfig.kvset+json, application/problem+json", handler.Sent[0].Header("Accept"));
    }

    [Fact]
    public async Task GetSettingAsync_EntraIdCredential_SendsBearerTokenForTheAppConfigScope()
    {
        var credential = new RecordingCredential();
        var handler = new ScriptedHandler().Then(HttpStatusCode.OK, ScriptedClient.SettingJson("k"));
        var client = ScriptedClient.WithCredential(handler, credential);

        await client.GetSettingAsync("k", null);

        Assert.Equal("Bearer token-1", handler.Sent[0].Header("Authorization"));
        Assert.Equal(["https://appconfig.azure.com/.default"], credential.RequestedScopes);
        Assert.Null(handler.Sent[0].Header("x-ms-content-sha256"));
    }

    private sealed class RecordingCredential : TokenCredential
    {
        public List<string> RequestedScopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            RequestedScopes.AddRange(requestContext.Scopes);
            return new AccessToken("token-1", DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(GetToken(requestContext, cancellationToken));
    }
}
