using System.Runtime.CompilerServices;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Dashboard.Domain.ConfigStores;

namespace Dashboard.Infrastructure.AppConfiguration;

/// <summary>
/// The App Configuration data plane (<c>/kv</c>, <c>/locks</c>, <c>/revisions</c>) over an Azure.Core pipeline.
/// Keep one instance per store for the application's lifetime: it holds the store's Sync-Tokens, so a value written
/// through it is what the next read through it sees. Every failure, a transport one included, surfaces as a
/// <see cref="ConfigStoreException"/> naming the store.
/// </summary>
public sealed class AppConfigurationClient : IConfigStoreClient
{
    /// <summary>What a watcher needs of each key-value; the values stay on the server.</summary>
    internal const string VersionFields = "key,label,etag,last_modified";

    private readonly HttpPipeline _pipeline;
    private readonly string _apiVersion;
    private readonly string _credential;

    /// <summary>Authenticates with an access-key connection string (HMAC-SHA256).</summary>
    public AppConfigurationClient(string connectionString, AppConfigurationClientOptions? options = null)
        : this(AppConfigurationConnectionString.Parse(connectionString), options)
    {
    }

    /// <summary>Authenticates with a parsed access-key connection string (HMAC-SHA256).</summary>
    public AppConfigurationClient(AppConfigurationConnectionString connectionString, AppConfigurationClientOptions? options = null)
        : this(
            connectionString.Endpoint,
            options ??= new AppConfigurationClientOptions(),
            new HmacAuthenticationPolicy(new HmacRequestSigner(connectionString.Credential, connectionString.Secret), options.TimeProvider),
            $"the access key '{connectionString.Credential}' of a connection string")
    {
    }

    /// <summary>Authenticates with Entra ID, e.g. <c>DefaultAzureCredential</c>; the identity needs an App Configuration Data role.</summary>
    public AppConfigurationClient(Uri endpoint, TokenCredential credential, AppConfigurationClientOptions? options = null)
        : this(endpoint, options ?? new AppConfigurationClientOptions(), new BearerTokenAuthenticationPolicy(credential, AppConfigurationScopes.For(endpoint)),
            $"Microsoft Entra ID ({credential.GetType().Name})")
    {
    }

    private AppConfigurationClient(Uri endpoint, AppConfigurationClientOptions options, HttpPipelinePolicy authentication, string credential)
    {
        Endpoint = new Uri(endpoint.GetLeftPart(UriPartial.Authority));
        StoreName = options.StoreName ?? Endpoint.Host;
        _credential = options.CredentialDescription ?? credential;
        _apiVersion = options.ApiVersion;
        // Sync-Tokens per attempt and authentication per retry: each retry carries the newest tokens and a fresh signature.
        _pipeline = HttpPipelineBuilder.Build(options, [], [new SyncTokenPolicy(SyncTokens), authentication], new ResponseClassifier());
    }

    public Uri Endpoint { get; }

    /// <summary>The name errors give the store: its catalog name when the factory built the client.</summary>
    public string StoreName { get; }

    /// <summary>How the client signs in, as told to the user (never a secret).</summary>
    public string Credential => _credential;

    /// <summary>The Sync-Tokens this client has seen from its store.</summary>
    public SyncTokenStore SyncTokens { get; } = new();

    public IAsyncEnumerable<ConfigSetting> ListSettingsAsync(ConfigSettingFilter filter, CancellationToken cancellationToken = default) =>
        ListAsync("kv", filter, select: null, cancellationToken);

    public IAsyncEnumerable<ConfigSetting> ListRevisionsAsync(ConfigSettingFilter filter, CancellationToken cancellationToken = default) =>
        ListAsync("revisions", filter, select: null, cancellationToken);

    /// <summary>The listing with <c>$select</c>: values, tags and content types are not sent, a fraction of the bytes.</summary>
    public async IAsyncEnumerable<ConfigSettingVersion> ListVersionsAsync(ConfigSettingFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var setting in ListAsync("kv", filter, VersionFields, cancellationToken).ConfigureAwait(false))
            yield return ConfigSettingVersion.Of(setting);
    }

    public async Task<ConfigReadResult> GetSettingAsync(string key, string? label, string? ifNoneMatchETag = null, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Get, "kv", ConfigKey.Validate(key), label);
        if (ifNoneMatchETag is not null)
            message.Request.Headers.Add(HttpHeader.Names.IfNoneMatch, ETags.Quote(ifNoneMatchETag));

        var request = Read(key, label);
        var response = await SendAsync(message, request, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            200 => ConfigReadResult.Found(ConfigSettingJson.Read(response.Content)),
            304 => ConfigReadResult.NotModified(key, label, ETags.FromHeader(response) ?? ETags.Unquote(ifNoneMatchETag)),
            404 => ConfigReadResult.NotFound(key, label),
            _ => throw ErrorResponseMapper.Map(response, request, Endpoint),
        };
    }

    public async Task<ConfigSetting> SetSettingAsync(ConfigSettingWrite setting, ConfigWriteCondition condition, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Put, "kv", setting.Key, setting.Label);
        var httpRequest = message.Request;
        if (condition.IfMatchETag is { } etag)
            httpRequest.Headers.Add(HttpHeader.Names.IfMatch, ETags.Quote(etag));
        if (condition.OnlyIfAbsent)
            httpRequest.Headers.Add(HttpHeader.Names.IfNoneMatch, "*");
        httpRequest.Headers.Add(HttpHeader.Names.ContentType, AppConfigurationMediaTypes.RequestBody);
        httpRequest.Content = RequestContent.Create(ConfigSettingJson.WriteBody(setting, ETags.Unquote(condition.IfMatchETag)));

        var request = Write(setting.Key, setting.Label);
        var response = await SendAsync(message, request, cancellationToken).ConfigureAwait(false);
        return response.Status == 200
            ? ConfigSettingJson.Read(response.Content)
            : throw ErrorResponseMapper.Map(response, request, Endpoint, createOnly: condition.OnlyIfAbsent);
    }

    public async Task<ConfigSetting?> DeleteSettingAsync(string key, string? label, string? ifMatchETag = null, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Delete, "kv", ConfigKey.Validate(key), label);
        if (ifMatchETag is not null)
            message.Request.Headers.Add(HttpHeader.Names.IfMatch, ETags.Quote(ifMatchETag));

        var request = Write(key, label);
        var response = await SendAsync(message, request, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            200 => ConfigSettingJson.Read(response.Content),
            204 => null,
            _ => throw ErrorResponseMapper.Map(response, request, Endpoint),
        };
    }

    public Task<ConfigSetting> LockSettingAsync(string key, string? label, string? ifMatchETag = null, CancellationToken cancellationToken = default) =>
        SendLockAsync(RequestMethod.Put, key, label, ifMatchETag, cancellationToken);

    public Task<ConfigSetting> UnlockSettingAsync(string key, string? label, string? ifMatchETag = null, CancellationToken cancellationToken = default) =>
        SendLockAsync(RequestMethod.Delete, key, label, ifMatchETag, cancellationToken);

    private async Task<ConfigSetting> SendLockAsync(RequestMethod method, string key, string? label, string? ifMatchETag, CancellationToken cancellationToken)
    {
        using var message = CreateMessage(method, "locks", ConfigKey.Validate(key), label);
        if (ifMatchETag is not null)
            message.Request.Headers.Add(HttpHeader.Names.IfMatch, ETags.Quote(ifMatchETag));
        var request = Write(key, label);
        var response = await SendAsync(message, request, cancellationToken).ConfigureAwait(false);
        return response.Status == 200
            ? ConfigSettingJson.Read(response.Content)
            : throw ErrorResponseMapper.Map(response, request, Endpoint);
    }

    private async IAsyncEnumerable<ConfigSetting> ListAsync(
        string collection, ConfigSettingFilter filter, string? select, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Uri? pageUri = null;
        do
        {
            var page = await ReadPageAsync(collection, filter, select, pageUri, cancellationToken).ConfigureAwait(false);
            foreach (var setting in page.Items)
                yield return setting;
            pageUri = page.NextLink is null ? null : SettingPage.ResolveNextLink(Endpoint, page.NextLink, _apiVersion);
        }
        while (pageUri is not null);
    }

    private async Task<SettingPage> ReadPageAsync(string collection, ConfigSettingFilter filter, string? select, Uri? pageUri, CancellationToken cancellationToken)
    {
        using var message = CreateListMessage(collection, filter, select, pageUri);
        var request = Read();
        var response = await SendAsync(message, request, cancellationToken).ConfigureAwait(false);
        if (response.Status != 200)
            throw ErrorResponseMapper.Map(response, request, Endpoint);
        response.Headers.TryGetValue("Link", out var link);
        return SettingPage.Read(response.Content, link);
    }

    private HttpMessage CreateListMessage(string collection, ConfigSettingFilter filter, string? select, Uri? pageUri)
    {
        if (pageUri is null)
        {
            var first = CreateMessage(RequestMethod.Get, collection, null, filter.LabelFilter, filter.KeyFilter, AppConfigurationMediaTypes.AcceptSettingSet);
            if (select is not null)
                first.Request.Uri.AppendQuery("$select", select, escapeValue: true);
            return first;
        }

        // The next link carries the filters and $select of the first page.
        var message = _pipeline.CreateMessage();
        message.Request.Method = RequestMethod.Get;
        message.Request.Uri.Reset(pageUri);
        message.Request.Headers.Add(HttpHeader.Names.Accept, AppConfigurationMediaTypes.AcceptSettingSet);
        return message;
    }

    /// <summary>
    /// A request on <c>/{collection}</c> or <c>/{collection}/{key}</c>. The key is one escaped path segment, so '/' in
    /// a key (feature flags have one) travels as %2F. A null label is left out, which the service reads as the null label.
    /// </summary>
    private HttpMessage CreateMessage(
        RequestMethod method, string collection, string? key, string? label, string? keyFilter = null, string accept = AppConfigurationMediaTypes.AcceptSetting)
    {
        var message = _pipeline.CreateMessage();
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(Endpoint);
        request.Uri.AppendPath(key is null ? collection : $"{collection}/{Uri.EscapeDataString(key)}", escape: false);
        if (keyFilter is not null)
            request.Uri.AppendQuery("key", keyFilter, escapeValue: true);
        if (label is not null)
            request.Uri.AppendQuery("label", label, escapeValue: true);
        request.Uri.AppendQuery("api-version", _apiVersion, escapeValue: true);
        request.Headers.Add(HttpHeader.Names.Accept, accept);
        return message;
    }

    private ConfigStoreRequest Read(string? key = null, string? label = null) =>
        ConfigStoreRequest.Read(StoreName, key, label) with { Credential = _credential };

    private ConfigStoreRequest Write(string key, string? label) =>
        ConfigStoreRequest.Write(StoreName, key, label) with { Credential = _credential };

    /// <summary>
    /// Sends through the pipeline. No response at all (DNS, refused, TLS, timeout), whether on the first attempt or
    /// gathered by the retry policy into an AggregateException, becomes <see cref="ConfigStoreErrorKind.Unreachable"/>.
    /// The caller's own cancellation is passed on as it is.
    /// </summary>
    private async Task<Response> SendAsync(HttpMessage message, ConfigStoreRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (!cancellationToken.IsCancellationRequested && TransportFaults.IsTransportFailure(failure))
        {
            throw ConfigStoreErrors.Unreachable(request, TransportFaults.Classify(failure), Endpoint.Authority, failure.GetBaseException().Message, failure);
        }
        return message.Response;
    }
}
