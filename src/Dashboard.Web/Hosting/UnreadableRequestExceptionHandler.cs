using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Dashboard.Web.Hosting;

/// <summary>
/// A body the endpoint cannot read (malformed or too deeply nested JSON, a value of the wrong type, a body over the size limit)
/// is the client's mistake: its own status (400, 413) with what could not be read, never a 500.
/// </summary>
internal sealed class UnreadableRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException unreadable) return false;
        httpContext.Response.StatusCode = unreadable.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = unreadable.StatusCode,
                Title = unreadable.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large" : "The request body cannot be read",
                // The JSON reader's message names the path and position, never the values sent.
                Detail = unreadable.InnerException is { } reason ? $"{unreadable.Message} {reason.Message}" : unreadable.Message,
            },
        });
    }
}
