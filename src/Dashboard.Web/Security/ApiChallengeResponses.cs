using Microsoft.AspNetCore.Mvc;

namespace Dashboard.Web.Security;

/// <summary>API callers get 401/403 problem details; browsers on pages get the sign-in redirect.</summary>
internal static class ApiChallengeResponses
{
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    public static Task WriteAsync(HttpContext context, int status) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = status,
            Title = status == StatusCodes.Status401Unauthorized ? "Sign-in required" : "Not allowed for your role",
            Detail = status == StatusCodes.Status401Unauthorized
                ? "Sign in first: send the dashboard's session cookie with the request."
                : "Your role does not allow this; ask an Admin for a role that does.",
            Instance = context.Request.Path,
        }).ExecuteAsync(context);
}
