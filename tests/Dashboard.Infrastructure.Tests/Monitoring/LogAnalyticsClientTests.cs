using System.Diagnostics;
using System.Net;
using Azure.Core.Pipeline;
using Dashboard.Infrastructure.Monitoring;
using Dashboard.Infrastructure.Tests.AppConfiguration.Support;

namespace Dashboard.Infrastructure.Tests.Monitoring;

public sealed class LogAnalyticsClientTests
{
    private const string Workspace = "50e32c19-2b4b-4152-b97e-0e02441cae60";
    private const string Tables = """{"tables":[{"name":"PrimaryResult","columns":[{"name":"n","type":"long"}],"rows":[[1]]}]}""";

    private static LogAnalyticsClient Client(ScriptedHandler handler, StaticTokenCredential? credential = null, int maxRetries = 0, TimeSpan? serverTimeout = null)
    {
        var options = new LogAnalyticsClientOptions { Transport = new HttpClientTransport(new HttpClient(handler)), ServerTimeout = serverTimeout };
        options.Retry.MaxRetries = maxRetries;
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(5);
        return new LogAnalyticsClient(credential ?? new StaticTokenCredential(), options);
    }

    [Theory]
    [InlineData("my-workspace")]
    [InlineData("/subscriptions/x/resourceGroups/y/providers/Microsoft.OperationalInsights/workspaces/z")]
    [InlineData("")]
    public async Task QueryAsync_MalformedWorkspaceId_IsRefusedBeforeAnyRequest(string workspace)
    {
        var handler = new ScriptedHandler();

        var error = await Assert.ThrowsAsync<LogAnalyticsException>(() => Client(handler).QueryAsync(workspace, "AppRequests | take 1", null, CancellationToken.None));

        Assert.Equal(LogAnalyticsErrorKind.InvalidWorkspace, error.Kind);
        Assert.Contains("a GUID such as", error.Message);
        Assert.Empty(handler.Sent);
    }

    [Fact]
    public async Task QueryAsync_AsksForATokenForTheLogAnalyticsScope()
    {
        var credential = new StaticTokenCredential();
        var handler = new ScriptedHandler().Then(HttpStatusCode.OK, Tables);

        await Client(handler, credential).QueryAsync(Workspace, "AppRequests | count", null, CancellationToken.None);

        Assert.Equal(["https://api.loganalytics.io/.default"], credential.Scopes.Distinct());
        Assert.Equal($"https://api.loganalytics.io/v1/workspaces/{Workspace}/query", Assert.Single(handler.Sent).Uri.ToString());
    }

    [Fact]
    public async Task QueryAsync_ServerTimeout_SendsPreferWaitAndOutlastsItOnTheNetwork()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.OK, Tables);
        var options = new LogAnalyticsClientOptions { Transport = new HttpClientTransport(new HttpClient(handler)), ServerTimeout = TimeSpan.FromSeconds(300) };

        await new LogAnalyticsClient(new StaticTokenCredential(), options).QueryAsync(Workspace, "AppRequests | count", null, CancellationToken.None);

        Assert.Equal("wait=300", handler.Sent[0].Header("Prefer"));
        Assert.True(options.Retry.NetworkTimeout > TimeSpan.FromSeconds(300), $"network timeout {options.Retry.NetworkTimeout}");
    }

    [Fact]
    public async Task QueryAsync_401_SaysTheCredentialsWereRefusedAndWhy()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.Unauthorized,
            """{"error":{"message":"Valid authentication was not provided","code":"AuthorizationRequiredError"}}""",
            ("WWW-Authenticate", "Bearer authorization_uri=\"https://login.microsoftonline.com/x\", error=\"invalid_token\", error_description=\"The access token has expired\""));

        var error = await Assert.ThrowsAsync<LogAnalyticsException>(() => Client(handler).QueryAsync(Workspace, "AppRequests", null, CancellationToken.None));

        Assert.Equal((LogAnalyticsErrorKind.Unauthorized, 401), (error.Kind, error.Status));
        Assert.Contains("(401, AuthorizationRequiredError): The access token has expired", error.Message);
    }

    [Fact]
    public async Task QueryAsync_403_SaysWhichRoleTheIdentityNeeds()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.Forbidden,
            """{"error":{"message":"The provided credentials have insufficient access to perform the requested operation","code":"InsufficientAccessError"}}""");

        var error = await Assert.ThrowsAsync<LogAnalyticsException>(() => Client(handler).QueryAsync(Workspace, "AppRequests", null, CancellationToken.None));

        Assert.Equal(LogAnalyticsErrorKind.Forbidden, error.Kind);
        Assert.Contains($"may not read workspace {Workspace} (403, InsufficientAccessError)", error.Message);
        Assert.EndsWith("Give it the Log Analytics Reader role on the workspace.", error.Message);
    }

    [Fact]
    public async Task QueryAsync_429ThenOk_WaitsAsRetryAfterAsksAndSucceeds()
    {
        var handler = new ScriptedHandler()
            .Then((HttpStatusCode)429, """{"error":{"message":"Too many requests","code":"ThrottledError"}}""", ("Retry-After", "1"))
            .Then(HttpStatusCode.OK, Tables);
        var watch = Stopwatch.StartNew();

        var result = await Client(handler, maxRetries: 3).QueryAsync(Workspace, "AppRequests", null, CancellationToken.None);

        Assert.Equal(2, handler.Sent.Count);
        Assert.Single(result.PrimaryTable.Rows);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {watch.Elapsed}, before the 1 s Retry-After");
    }

    [Fact]
    public async Task QueryAsync_429AfterEveryRetry_ThrowsThrottledWithTheWait()
    {
        var handler = new ScriptedHandler()
            .Then((HttpStatusCode)429, """{"error":{"message":"Too many requests","code":"ThrottledError"}}""", ("Retry-After", "0"))
            .Then((HttpStatusCode)429, """{"error":{"message":"Too many requests","code":"ThrottledError"}}""", ("Retry-After", "0"));

        var error = await Assert.ThrowsAsync<LogAnalyticsException>(() => Client(handler, maxRetries: 1).QueryAsync(Workspace, "AppRequests", null, CancellationToken.None));

        Assert.Equal((LogAnalyticsErrorKind.Throttled, 429, TimeSpan.Zero), (error.Kind, error.Status, error.RetryAfter));
        Assert.Contains("Raise Health:LogAnalytics:RefreshSeconds", error.Message);
    }

    [Fact]
    public async Task QueryAsync_NetworkFailure_IsUnavailable()
    {
        var options = new LogAnalyticsClientOptions { Transport = new HttpClientTransport(new HttpClient(new RefusingHandler())) };
        options.Retry.MaxRetries = 0;

        var error = await Assert.ThrowsAsync<LogAnalyticsException>(() =>
            new LogAnalyticsClient(new StaticTokenCredential(), options).QueryAsync(Workspace, "AppRequests", null, CancellationToken.None));

        Assert.Equal((LogAnalyticsErrorKind.Unavailable, (int?)null), (error.Kind, error.Status));
        Assert.StartsWith("Log Analytics could not be reached at https://api.loganalytics.io/", error.Message);
    }

    private sealed class RefusingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException("Connection refused (api.loganalytics.io:443)");
    }
}
