using Microsoft.AspNetCore.Mvc;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// The largest JSON body an API endpoint reads: a proposal's 10 KB value or a 50-item checklist fits many times over, a
/// megabytes-long body is a 413 before it is parsed. (The catalog import reads YAML up to its own limit.)
/// </summary>
public static class ApiRequestLimits
{
    public const int MaxJsonBodyBytes = 1024 * 1024;

    public static TBuilder WithJsonBodyLimit<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestSizeLimitAttribute(MaxJsonBodyBytes));
}
