using Dashboard.Domain.Proposals;

namespace Dashboard.Web.Endpoints;

public sealed record ProposalEventResponse(
    int Sequence, DateTimeOffset At, string ActorId, string ActorName, string Action, string? From, string To, string? FromName, string ToName, string Description,
    string? BeforeValue, string? AfterValue)
{
    public static ProposalEventResponse Of(ProposalEvent e, ProposalSecrets secrets) =>
        new(e.Sequence, e.At, e.ActorId, e.ActorName, e.Action.ToString(), e.From?.ToString(), e.To.ToString(), e.From?.HumanName(), e.To.HumanName(),
            secrets.Text(e.Description)!, secrets.Text(e.BeforeValue), secrets.Text(e.AfterValue));
}
