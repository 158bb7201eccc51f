using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.Tests.AppConfiguration.Support;
using Microsoft.AspNetCore.Http;

namespace Dashboard.Infrastructure.Tests.AppConfiguration;

/// <summary>
/// A store that fails, for real, on loopback: every fault becomes a <see cref="ConfigStoreException"/> that names the
/// store by its catalog name and says what to do; nothing else (AggregateException, RequestFailedException) escapes.
/// </summary>
public sealed class AppConfigurationFaultTests
{
    private const string Store = "orders-config";

    [Fact]
    public async Task ListSettingsAsync_ClosedPort_ThrowsUnreachableConnectionRefusedAfterRetries()
    {
        var client = LoopbackStore.Client(LoopbackStore.ClosedPort(), maxRetries: 2);

        var failure = await Assert.ThrowsAsync<ConfigStoreException>(() => client.ListSettingsAsync(ConfigSettingFilter.All).ToListAsync());

        Assert.Equal((ConfigStoreErrorKind.Unreachable, ConfigStoreFault.ConnectionRefused, Store, ConfigStoreOperation.Read),
            (failure.Kind, failure.Fault, failure.Store, failure.Operation));
        Assert.StartsWith($"Store '{Store}' could not be read (its settings): the connection to '127.0.0.1:", failure.Message);
        Assert.Contains("was refused", failure.Message);
        Assert.IsType<AggregateException>(failure.InnerException);
        Assert.True(failure.IsStoreUnavailable);
    }

    [Fact]
    public async Task SetSettingAsync_ClosedPort_SaysTheWriteMayOrMayNotHaveBeenApplied()
    {
        var client = LoopbackStore.Client(LoopbackStore.ClosedPort(), maxRetries: 0);

        var failure = await Assert.ThrowsAsync<ConfigStoreException>(() =>
            client.SetSettingAsync(new ConfigSettingWrite("tax.rate", "production", "0.08"), ConfigWriteCondition.Always));

        Assert.Equal((ConfigStoreErrorKind.Unreachable, ConfigStoreOperation.Write, "tax.rate", "production"),
            (failure.Kind, failure.Operation, failure.Key, failure.Label));
        Assert.StartsWith($"Store '{Store}' could not be reached for the write of key 'tax.rate' (label 'production')", failure.Message);
        Assert.Contains("may or may not have been applied", failure.Message);
    }

    [Fact]
    public async Task GetSettingAsync_UnresolvableHost_ThrowsUnreachableDns()
    {
        // .invalid never resolves (RFC 2606).
        var client = LoopbackStore.Client(new Uri("https://no-such-store.invalid"), maxRetries: 0);

        var failure = await Assert.ThrowsAsync<ConfigStoreException>(() => client.GetSettingAsync("tax.rate", null));

        Assert.Equal((ConfigStoreErrorKind.Unreachable, ConfigStoreFault.Dns), (failure.Kind, failure.Fault));
        Assert.Contains("the host 'no-such-store.invalid' does not resolve (DNS)", failure.Message);
    }

    [Fact]
    public async Task GetSettingAsync_UntrustedCertificate_ThrowsUnreachableTls()
    {
        await using var server = await LoopbackStore.StartAsync(context => context.Response.WriteAsync("{}"), https: true);
        var client = LoopbackStore.Client(server.Endpoint, maxRetries: 0);

        var failure = await Assert.ThrowsAsync<ConfigStoreException>(() => client.GetSettingAsync("tax.rate", null));

        Assert.Equal((ConfigStoreErrorKind.Unreachable, ConfigStoreFault.Tls), (failure.Kind, failure.Fault));
        Assert.Contains("TLS handshake", failure.Message);
    }

    [Fact]
    public async Task ListSettingsAsync_StoreThatHangs_ThrowsUnreachableTimeoutAfterEachAttemptTimedOut()
    {
        await using var server = await LoopbackStore.StartAsync(context => Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted));
        var client = LoopbackStore.Client(server.Endpoint, maxRetries: 1, networkTimeout: TimeSpan.FromMilliseconds(300));

        var failure = await Assert.ThrowsAsync<ConfigStoreException>(() => client.ListSettingsAsync(ConfigSettingFilter.All).ToListAsync());

        Assert.Equal((ConfigStoreErrorKind.Unreachable, ConfigStoreFault.Timeout), (failure.Kind, failure.Fault));
        Assert.Contains("did not answer in time, retries included", failure.Message);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task ListSettingsAsync_CallerCancels_ThrowsOperationCanceledNotAStoreFault()
    {
        await using var server = await LoopbackStore.StartAsync(context => Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted));
        var client = LoopbackStore.Client(server.Endpoint);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.ListSettingsAsync(ConfigSettingFilter.All, cancel.Token).ToListAsync());
    }

    [Fact]
    public async Task ListSettingsAsync_Unauthorized_NamesTheStoreAndTheCredentialNotTheHost()
    {
        await using var server = await LoopbackStore.StartAsync(context => Respond(context, 401));
        var client = LoopbackStore.Client(server.Endpoint);

        var failure = await Assert.ThrowsAsync<ConfigStoreException>(() => client.ListSettingsAsync(ConfigSettingFilter.All).ToListAsync());

        Assert.Equal((ConfigStoreErrorKind.Unauthorized, 401, Store), (failure.Kind, failure.StatusCode, failure.Store));
        Assert.StartsWith($"Store '{Store}' could not be read (its settings): 401, the credential was refused (authenticated with the access key 'test-id'", failure.Message);
        Assert.Contains($"ConfigStores:Connections:{Store}:ConnectionString", failure.Message);
        Assert.DoesNotContain("127.0.0.1", failure.Message);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task SetSettingAsync_Forbidden_SaysTheStoreRefusedTheWriteAndWhichRoleWrites()
    {
        await using var server = await LoopbackStore.StartAsync(context => Respond(context, 403));
        var client = LoopbackStore.Client(server.Endpoint);

        var failure = await Assert.ThrowsAsync<ConfigStoreException>(() =>
            client.SetSettingAsync(new ConfigSettingWrite("tax.rate", null, "0.08"), ConfigWriteCondition.Always));

        Assert.Equal((ConfigStoreErrorKind.Forbidden, ConfigStoreOperation.Write), (failure.Kind, failure.Operation));
        Assert.StartsWith($"Store '{Store}' refused the write of key 'tax.rate' (no label): 403", failure.Message);
        Assert.Contains("Data Owner role (to write)", failure.Message);
    }

    [Fact]
    public async Task GetSettingAsync_ThrottledOnEveryAttempt_ThrowsThrottledAfterTheRetries()
    {
        await using var server = await LoopbackStore.StartAsync(context =>
        {
            context.Response.Headers["retry-after-ms"] = "5";
            return Respond(context, 429);
        });
        var client = LoopbackStore.Client(server.Endpoint, maxRetries: 2);

        var failure = await Assert.ThrowsAsync<ConfigStoreException>(() => client.GetSettingAsync("tax.rate", null));

        Assert.Equal((ConfigStoreErrorKind.Throttled, 429, Store), (failure.Kind, failure.StatusCode, failure.Store));
        Assert.Equal(3, server.Requests);
        Assert.StartsWith($"Store '{Store}' could not be read (key 'tax.rate' (no label)): 429", failure.Message);
    }

    [Fact]
    public async Task ListSettingsAsync_ServerErrorOnEveryAttempt_ThrowsUnavailableWithTheStatus()
    {
        await using var server = await LoopbackStore.StartAsync(context => Respond(context, 503));
        var client = LoopbackStore.Client(server.Endpoint, maxRetries: 1);

        var failure = await Assert.ThrowsAsync<ConfigStoreException>(() => client.ListSettingsAsync(ConfigSettingFilter.All).ToListAsync());

        Assert.Equal((ConfigStoreErrorKind.Unavailable, 503), (failure.Kind, failure.StatusCode));
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task ListSettingsAsync_EndpointThatIsNoStore_ThrowsStoreNotFound()
    {
        await using var server = await LoopbackStore.StartAsync(context => Respond(context, 404));
        var client = LoopbackStore.Client(server.Endpoint);

        var failure = await Assert.ThrowsAsync<ConfigStoreException>(() => client.ListSettingsAsync(ConfigSettingFilter.All).ToListAsync());

        Assert.Equal((ConfigStoreErrorKind.StoreNotFound, 404, Store), (failure.Kind, failure.StatusCode, failure.Store));
        Assert.Contains("there is no App Configuration store at", failure.Message);
    }

    [Fact]
    public async Task GetSettingAsync_MissingKeyOnAWorkingStore_IsNotFoundNotAFault()
    {
        await using var server = await LoopbackStore.StartAsync(context => Respond(context, 404));
        var client = LoopbackStore.Client(server.Endpoint);

        var read = await client.GetSettingAsync("tax.rate", null);

        Assert.Equal(ConfigReadStatus.NotFound, read.Status);
    }

    private static Task Respond(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
