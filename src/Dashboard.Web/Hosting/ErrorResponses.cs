using Microsoft.AspNetCore.Http.Features;

namespace Dashboard.Web.Hosting;

/// <summary>
/// Every error is problem details from the exception handler, in every environment: never the developer exception page, which
/// echoes the request's headers and cookies (the session cookie included). In Development the exception's type and message
/// are added; the stack trace stays in the log.
/// </summary>
public static class ErrorResponses
{
    public static IServiceCollection AddDashboardErrorResponses(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddExceptionHandler<DatabaseBusyExceptionHandler>();
        services.AddExceptionHandler<UnreadableRequestExceptionHandler>();
        // Minimal APIs throw on an unreadable body (instead of a bare 400) in every environment, so it gets a problem saying why.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.Features.Get<IHttpActivityFeature>()?.Activity.Id ?? context.HttpContext.TraceIdentifier;
            if (environment.IsDevelopment() && context.Exception is { } exception)
                context.ProblemDetails.Extensions["exception"] = new { type = exception.GetType().FullName, message = exception.Message };
        });
        return services;
    }
}
