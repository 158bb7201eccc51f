using Dashboard.Application.Errors;
using Dashboard.Domain;
using Dashboard.Domain.ConfigStores;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// How a refusal becomes an RFC 7807 answer, once for the whole API: bad input is 400 naming the field, a missing thing 404,
/// a race or a domain rule 409, a config store that cannot be reached or refuses the dashboard 502/503 naming the store.
/// Anything else is not mapped and stays a 500 the exception handler logs.
/// </summary>
public static class Problems
{
    public static ProblemHttpResult? From(Exception error) => error switch
    {
        InputException input => BadRequest(input.Field, input.Message),
        NotFoundException missing => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {missing.What}", detail: missing.Message),
        ConflictException conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "It changed meanwhile",
            detail: conflict.Message, extensions: conflict.Current is { } current ? new Dictionary<string, object?> { ["current"] = current } : null),
        DomainException refused => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The step was refused", detail: refused.Message),
        ConfigStoreException store => ConfigStoreProblems.For(store),
        _ => null,
    };

    public static ProblemHttpResult BadRequest(string field, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"Invalid '{field}'", detail: detail,
            extensions: new Dictionary<string, object?> { ["field"] = field });
}
