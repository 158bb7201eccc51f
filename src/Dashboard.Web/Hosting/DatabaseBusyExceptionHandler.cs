using Dashboard.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Dashboard.Web.Hosting;

/// <summary>
/// A database held by another writer past <c>Database:BusyTimeoutSeconds</c> (or a deadlock) answers 503 with Retry-After and
/// says so, instead of a bare 500: nothing was saved, and trying again in a moment is the right thing to do.
/// </summary>
internal sealed class DatabaseBusyExceptionHandler(IProblemDetailsService problems, ILogger<DatabaseBusyExceptionHandler> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseBusy.Is(exception)) return false;
        logger.LogWarning("The dashboard database was busy for {Path}: {Reason}", httpContext.Request.Path, exception.GetBaseException().Message);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The database is busy",
                Detail = $"The dashboard database is busy with another change, so nothing was saved. Try again in {RetryAfterSeconds} seconds.",
            },
        });
    }
}
