using Dashboard.Domain.ConfigStores;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// A store's failure as problem details. A store that is down, throttling or not configured is 503; one that refuses
/// the dashboard (401, 403) or is not there is 502: either way the answer names the store and says what to do, never
/// a 500 with an exception type. Refusals of one setting (locked, changed since read) are 409.
/// </summary>
public static class ConfigStoreProblems
{
    public static ProblemHttpResult For(ConfigStoreException error)
    {
        var extensions = new Dictionary<string, object?>
        {
            ["store"] = error.Store,
            ["kind"] = error.Kind.ToString(),
        };
        if (error.Key is not null) extensions["key"] = error.Key;
        if (error.Fault is { } fault) extensions["fault"] = fault.ToString();
        if (error.RetryAfter is { } wait) extensions["retryAfterSeconds"] = Math.Ceiling(wait.TotalSeconds);
        var (status, title) = error.Kind switch
        {
            ConfigStoreErrorKind.Unauthorized or ConfigStoreErrorKind.Forbidden or ConfigStoreErrorKind.StoreNotFound =>
                (StatusCodes.Status502BadGateway, $"The config store {Name(error)} refused the dashboard"),
            _ when error.IsStoreUnavailable => (StatusCodes.Status503ServiceUnavailable, $"The config store {Name(error)} is unavailable"),
            _ when error.Operation == ConfigStoreOperation.Read => (StatusCodes.Status409Conflict, "The config store could not be read"),
            _ => (StatusCodes.Status409Conflict, "The config store refused the write"),
        };
        return TypedResults.Problem(statusCode: status, title: title, detail: error.Message, extensions: extensions);
    }

    private static string Name(ConfigStoreException error) => error.Store is null ? "" : $"'{error.Store}'";
}
