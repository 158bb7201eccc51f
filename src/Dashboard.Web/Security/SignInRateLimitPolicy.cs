using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Security;

/// <summary>
/// Sign-in attempts (form posts) per client address and window; showing the form is not limited. Over the limit the answer is
/// 429 with Retry-After, before any password is checked, so guessing is bounded even across many user names.
/// </summary>
internal sealed class SignInRateLimitPolicy(IOptions<AuthenticationSettings> settings) : IRateLimiterPolicy<string>
{
    public const string Name = "sign-in";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        if (!HttpMethods.IsPost(httpContext.Request.Method))
            return RateLimitPartition.GetNoLimiter("");
        var limit = settings.Value.SignInRateLimit;
        return RateLimitPartition.GetFixedWindowLimiter(ClientAddress.PartitionKey(httpContext), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = TimeSpan.FromSeconds(limit.WindowSeconds),
            QueueLimit = 0,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        var response = context.HttpContext.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.HttpContext.RequestServices.GetRequiredService<ILogger<SignInRateLimitPolicy>>()
            .LogWarning("Sign-in attempts from {ClientAddress} over the limit; refused for {Seconds} s", ClientAddress.Of(context.HttpContext), seconds);
        await TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many sign-in attempts",
            detail: $"Too many sign-in attempts from your address. Wait {seconds} seconds, then try again.").ExecuteAsync(context.HttpContext);
    }
}
