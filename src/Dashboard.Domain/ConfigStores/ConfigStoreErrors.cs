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

    public static ConfigStoreException Unauthorized(string store, string? serviceDetail, string? key = null, string? label = null) =>
        new(ConfigStoreErrorKind.Unauthorized,
            $"401: the credential was refused by '{store}' — check the connection string secret or the identity's App Configuration Data Reader/Owner role.{Detail(serviceDetail)}",
            key, label, 401);

    public static ConfigStoreException Forbidden(string store, string? serviceDetail, string? key = null, string? label = null) =>
        new(ConfigStoreErrorKind.Forbidden,
            $"403: '{store}' refused access — give the identity the App Configuration Data Reader role (to read) or Data Owner role (to write), " +
            $"or check the store's network access rules; a read-only connection string cannot write.{Detail(serviceDetail)}",
            key, label, 403);

    public static ConfigStoreException Throttled(string store, TimeSpan? retryAfter, string? key = null, string? label = null) =>
        new(ConfigStoreErrorKind.Throttled,
            $"429: '{store}' is throttling requests and retries did not get through; " +
            (retryAfter is { } wait ? $"try again in {Math.Ceiling(wait.TotalSeconds)} s." : "try again shortly.") +
            " A store on the Free tier has a small daily quota.",
            key, label, 429, retryAfter);

    public static ConfigStoreException InvalidRequest(int status, string? serviceDetail, string? key = null, string? label = null) =>
        new(ConfigStoreErrorKind.InvalidRequest,
            $"{status}: the store rejected the request for {Subject(key, label)}.{Detail(serviceDetail)}", key, label, status);

    public static ConfigStoreException Unavailable(string store, int? status, string? detail, string? key = null, string? label = null, Exception? inner = null) =>
        new(ConfigStoreErrorKind.Unavailable,
            (status is { } code ? $"{code}: '{store}' failed to answer" : $"'{store}' could not be reached") +
            $" for {Subject(key, label)}; try again later.{Detail(detail)}",
            key, label, status, innerException: inner);

    private static string Capitalized(string key, string? label) => "Key " + ConfigLabel.DescribeSetting(key, label)["key ".Length..];

    private static string Subject(string? key, string? label) => key is null ? "the listed settings" : ConfigLabel.DescribeSetting(key, label);

    private static string Detail(string? detail) => string.IsNullOrWhiteSpace(detail) ? "" : $" The store said: {detail.Trim()}";
}
