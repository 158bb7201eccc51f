using System.Security.Claims;

namespace Dashboard.Web.Security;

/// <summary>The result of the sign-in form: the user to sign in, or the message to show.</summary>
public sealed record SignInAttempt(ClaimsPrincipal? Principal, string? Error);
