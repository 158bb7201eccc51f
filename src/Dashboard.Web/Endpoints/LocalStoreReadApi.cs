using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dashboard.Domain;
using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Configuration;
using Dashboard.Infrastructure.ConfigStores;
using Microsoft.AspNetCore.Http.Features;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// A read-only App Configuration data plane over the dashboard's local stores (<c>GET /appconfig/{store}/kv</c> and
/// <c>/kv/{key}</c>), so services built with the App Configuration provider, such as the sample fleet, take their
/// settings from the store the dashboard changes. Same JSON, filters, paging and ETags as the service; authenticated
/// with an access key (HMAC-SHA256) from <see cref="LocalStoreReadAccess"/>, and absent (404) without one.
/// </summary>
public static class LocalStoreReadApi
{
    public const int PageSize = 100;

    public static RouteGroupBuilder MapLocalStoreReadApi(this WebApplication app)
    {
        var access = LocalStoreReadAccess.Bind(app.Configuration);
        var authentication = new LocalStoreReadAuthentication(access.IsEnabled ? access.CreateVerifier() : null,
            app.Services.GetRequiredService<TimeProvider>());
        // The access key is the authentication here, not the dashboard's sign-in.
        var store = app.MapGroup("/appconfig/{store}").AllowAnonymous().ExcludeFromDescription().AddEndpointFilter(authentication);
        store.MapGet("/kv", ListKeyValues);
        store.MapGet("/kv/{**key}", GetKeyValue);
        return store;
    }

    /// <summary><c>?key=</c> a key filter (default any), <c>&amp;label=</c> a label filter (absent: any label; %00: the null label), <c>&amp;after=</c> the paging token.</summary>
    public static async Task<IResult> ListKeyValues(
        string store, HttpContext context, ICatalogSource catalog, LocalConfigStoreRegistry stores, CancellationToken cancellationToken)
    {
        var query = context.Request.Query;
        var keyFilter = query.TryGetValue("key", out var key) ? key.ToString() : ConfigSettingFilter.AnyKey;
        var labelFilter = query.TryGetValue("label", out var label) ? label.ToString() : null;
        if (Refusal(() => KeyFilter.Parse(keyFilter)) is { } badKey)
            return BadRequest("key", badKey);
        if (labelFilter is not null && Refusal(() => LabelFilter.Parse(labelFilter)) is { } badLabel)
            return BadRequest("label", badLabel);
        if (!PageToken.TryRead(query["after"], out var after))
            return BadRequest("after", "The paging token is not one this endpoint gave out: follow the Link header of the previous page.");
        if (await MissingStoreAsync(store, catalog, cancellationToken) is { } missing)
            return missing;

        var items = new List<ConfigSetting>(PageSize);
        var more = false;
        await foreach (var setting in stores.Get(store).ListSettingsAsync(new ConfigSettingFilter(keyFilter, labelFilter), cancellationToken))
        {
            if (after is not null && PageToken.Compare(setting, after.Value) <= 0)
                continue;
            if (items.Count == PageSize)
            {
                more = true;
                break;
            }
            items.Add(setting);
        }

        var nextLink = more ? NextLink(context.Request, PageToken.Write(items[^1])) : null;
        var etag = PageETag(items, nextLink);
        context.Response.Headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch == etag)
            return Results.StatusCode(StatusCodes.Status304NotModified);
        if (nextLink is not null)
            context.Response.Headers.Link = $"<{nextLink}>; rel=\"next\"";
        return Results.Bytes(KeyValueJson.WritePage(items, nextLink), KeyValueJson.KeyValueSetMediaType);
    }

    /// <summary>One key-value; the key is one escaped path segment (%2F for '/'), <c>?label=</c> one exact label (absent or %00: the null label).</summary>
    public static async Task<IResult> GetKeyValue(
        string store, HttpContext context, ICatalogSource catalog, LocalConfigStoreRegistry stores, CancellationToken cancellationToken)
    {
        var key = KeyFromTarget(context);
        if (Refusal(() => ConfigKey.Validate(key)) is { } badKey)
            return BadRequest("key", badKey);
        var label = context.Request.Query["label"].ToString();
        if (label.Contains('*', StringComparison.Ordinal) || label.Contains(',', StringComparison.Ordinal))
            return BadRequest("label", $"'{label}' is a filter; reading one key-value takes one exact label (or %00 for the null label).");
        if (await MissingStoreAsync(store, catalog, cancellationToken) is { } missing)
            return missing;

        var ifNoneMatch = context.Request.Headers.IfNoneMatch.ToString();
        var read = await stores.Get(store).GetSettingAsync(key, label is "" or "\0" ? null : label,
            ifNoneMatch.Length == 0 ? null : ifNoneMatch, cancellationToken);
        switch (read.Status)
        {
            case ConfigReadStatus.NotModified:
                context.Response.Headers.ETag = Quote(read.ETag);
                return Results.StatusCode(StatusCodes.Status304NotModified);
            case ConfigReadStatus.Found when read.Setting is { } setting:
                context.Response.Headers.ETag = Quote(setting.ETag);
                if (setting.LastModified is { } lastModified)
                    context.Response.Headers.LastModified = lastModified.ToString("r", CultureInfo.InvariantCulture);
                return Results.Bytes(KeyValueJson.Write(setting), KeyValueJson.KeyValueMediaType);
            default:
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Key-value not found",
                    detail: $"Store '{store}' has no key-value '{key}' with {(read.Label is null ? "the null label" : $"label '{read.Label}'")}.");
        }
    }

    private static async Task<IResult?> MissingStoreAsync(string store, ICatalogSource catalog, CancellationToken cancellationToken)
    {
        var stores = (await catalog.LoadAsync(cancellationToken)).Stores;
        return stores.Any(s => s.Kind == ConfigStoreKind.Local && string.Equals(s.Name, store, StringComparison.OrdinalIgnoreCase))
            ? null
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown config store",
                detail: $"No local config store named '{store}' is in the catalog; local stores: {string.Join(", ", stores.Where(s => s.Kind == ConfigStoreKind.Local).Select(s => s.Name))}.");
    }

    // From the raw target, because routing leaves %2F escaped in a catch-all while unescaping everything else.
    private static string KeyFromTarget(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.ToString();
        var path = target.Split('?', 2)[0];
        var start = path.IndexOf("/kv/", StringComparison.Ordinal) + "/kv/".Length;
        return Uri.UnescapeDataString(path[start..]);
    }

    private static string NextLink(HttpRequest request, string after)
    {
        var parameters = request.Query
            .Where(parameter => parameter.Key != "after")
            .SelectMany(parameter => parameter.Value.Select(value => new KeyValuePair<string, string?>(parameter.Key, value)))
            .Append(new("after", after));
        return $"{request.PathBase}{request.Path}{QueryString.Create(parameters)}";
    }

    // Changes whenever an item of the page changes, appears or goes: what a client's If-None-Match on a page relies on.
    private static string PageETag(IReadOnlyList<ConfigSetting> items, string? nextLink)
    {
        var text = string.Join('\n', items.Select(i => i.ETag).Append(nextLink));
        return Quote(Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text))).TrimEnd('=').Replace('+', '-').Replace('/', '_'));
    }

    private static string Quote(string? etag) => $"\"{etag}\"";

    private static string? Refusal(Action check)
    {
        try
        {
            check();
            return null;
        }
        catch (DomainException ex)
        {
            return ex.Message;
        }
    }

    private static IResult BadRequest(string field, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"Invalid {field}", detail: detail,
            extensions: new Dictionary<string, object?> { ["field"] = field });
}
