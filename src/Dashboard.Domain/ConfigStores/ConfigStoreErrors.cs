namespace Dashboard.Domain.ConfigStores;

/// <summary>The exceptions every store raises, so the Azure client and the local store tell the user the same thing.</summary>
public static class ConfigStoreErrors
{
    public static ConfigStoreException Locked(string key, string? label) =>
        new(ConfigStoreErrorKind.Locked,
            $"{Capitalized(key, label)} is locked: unlock it first, or ask whoever locked it.", key, label, 409);

    public static ConfigStoreException ETagMismatch(string key, string? label) =>
        new(ConfigStoreErrorKind.ETagMismatch,
            $"ETag mismatch: {ConfigLabel.DescribeSetting(key, label)} changed since you read it. Reload it and apply your change again.", key, label, 412);

    public static ConfigStoreException AlreadyExists(string key, string? label) =>
        new(ConfigStoreErrorKind.AlreadyExists,
            $"{Capitalized(key, label)} already exists. Reload it and edit the existing value instead of creating it.", key, label, 412);

    public static ConfigStoreException NotFound(string key, string? label) =>
        new(ConfigStoreErrorKind.NotFound,
            $"{Capitalized(key, label)} does not exist in the store. Check the key name and label (keys are case-sensitive).", key, label, 404);

    public static ConfigStoreException Unauthorized(ConfigStoreRequest request, string? serviceDetail) =>
        StoreFailure(ConfigStoreErrorKind.Unauthorized, request, 401,
            $"{request.Failed}: 401, the credential was refused{Using(request)}. Check the connection string secret " +
            $"(ConfigStores:Connections:{request.Store}:ConnectionString) or the identity's App Configuration Data Reader/Owner role.{Detail(serviceDetail)}");

    public static ConfigStoreException Forbidden(ConfigStoreRequest request, string? serviceDetail) =>
        StoreFailure(ConfigStoreErrorKind.Forbidden, request, 403,
            $"{request.Failed}: 403, access was denied{Using(request)}. Give the identity the App Configuration Data Reader role (to read) " +
            $"or Data Owner role (to write), or check the store's network access rules; a read-only connection string cannot write.{Detail(serviceDetail)}");

    public static ConfigStoreException Throttled(ConfigStoreRequest request, TimeSpan? retryAfter) =>
        StoreFailure(ConfigStoreErrorKind.Throttled, request, 429,
            $"{request.Failed}: 429, the store is throttling requests and retries did not get through; " +
            (retryAfter is { } wait ? $"try again in {Math.Ceiling(wait.TotalSeconds)} s." : "try again shortly.") +
            " A store on the Free tier has a small daily quota.",
            retryAfter);

    public static ConfigStoreException Unavailable(ConfigStoreRequest request, int status, string? detail) =>
        StoreFailure(ConfigStoreErrorKind.Unavailable, request, status,
            $"{request.Failed}: {status}, the store failed to answer; try again later.{Detail(detail)}");

    /// <summary>No answer at all. A write that got no answer may still have been applied, and the message says so.</summary>
    public static ConfigStoreException Unreachable(ConfigStoreRequest request, ConfigStoreFault fault, string host, string? detail, Exception? inner = null)
    {
        var why = fault switch
        {
            ConfigStoreFault.Dns => $"the host '{host}' does not resolve (DNS). Check the endpoint's spelling; the name of a deleted store stops resolving",
            ConfigStoreFault.ConnectionRefused => $"the connection to '{host}' was refused: nothing listens there. Check the endpoint's host and port",
            ConfigStoreFault.Tls => $"the TLS handshake with '{host}' failed. Use the store's own https host name and check that its certificate is trusted",
            ConfigStoreFault.Timeout => $"'{host}' did not answer in time, retries included. Check network access (private endpoint, firewall, proxy) or try again later",
            _ => $"the network failed on the way to '{host}'{(string.IsNullOrWhiteSpace(detail) ? "" : $" ({detail.Trim()})")}. Try again later",
        };
        var message = request.Operation == ConfigStoreOperation.Read
            ? $"{request.Failed}: {why}."
            : $"Store '{request.Store}' could not be reached for the write of {request.Subject}: {why}. " +
              "The write may or may not have been applied: read the key again before retrying.";
        return new ConfigStoreException(ConfigStoreErrorKind.Unreachable, message, request.Key, request.Label, innerException: inner)
        {
            Store = request.Store,
            Operation = request.Operation,
            Fault = fault,
        };
    }

    public static ConfigStoreException StoreNotFound(ConfigStoreRequest request, Uri endpoint) =>
        StoreFailure(ConfigStoreErrorKind.StoreNotFound, request, 404,
            $"{request.Failed}: 404, there is no App Configuration store at {endpoint.GetLeftPart(UriPartial.Authority)}. " +
            "Check the store's endpoint in the catalog (https://<name>.azconfig.io).");

    public static ConfigStoreException NotConfigured(string store, string fix) =>
        new(ConfigStoreErrorKind.NotConfigured, $"Store '{store}' cannot be reached yet: {fix}") { Store = store };

    public static ConfigStoreException InvalidRequest(int status, string? serviceDetail, string? key = null, string? label = null) =>
        new(ConfigStoreErrorKind.InvalidRequest,
            $"{status}: the store rejected the request for {Subject(key, label)}.{Detail(serviceDetail)}", key, label, status);

    private static ConfigStoreException StoreFailure(ConfigStoreErrorKind kind, ConfigStoreRequest request, int status, string message, TimeSpan? retryAfter = null) =>
        new(kind, message, request.Key, request.Label, status, retryAfter) { Store = request.Store, Operation = request.Operation };

    private static string Using(ConfigStoreRequest request) => request.Credential is null ? "" : $" (authenticated with {request.Credential})";

    private static string Capitalized(string key, string? label) => "Key " + ConfigLabel.DescribeSetting(key, label)["key ".Length..];

    private static string Subject(string? key, string? label) => key is null ? "the listed settings" : ConfigLabel.DescribeSetting(key, label);

    private static string Detail(string? detail) => string.IsNullOrWhiteSpace(detail) ? "" : $" The store said: {detail.Trim()}";
}
