namespace Dashboard.Web.Security;

/// <summary>
/// Endpoint metadata naming the content type a state-changing endpoint that reads its body itself accepts (the catalog import's
/// YAML), for <see cref="CrossSiteRequestGuardMiddleware"/>. Endpoints binding a JSON body need none.
/// </summary>
public sealed record RequiredContentType(string MediaType);
