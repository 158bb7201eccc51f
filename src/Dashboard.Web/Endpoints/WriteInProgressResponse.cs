using Dashboard.Domain.Proposals;

namespace Dashboard.Web.Endpoints;

/// <summary>A store write claimed and not yet completed: who started which step, where, and when (the value is not repeated).</summary>
public sealed record WriteInProgressResponse(string Step, string Environment, string ActorId, string ActorName, DateTimeOffset At)
{
    public static WriteInProgressResponse? Of(WriteClaim? claim) =>
        claim is null ? null : new(claim.Step.ToString(), claim.Environment.ToString(), claim.ActorId, claim.ActorName, claim.At);
}
