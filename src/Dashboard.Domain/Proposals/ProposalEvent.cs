namespace Dashboard.Domain.Proposals;

/// <summary>
/// One step in a proposal's history: who did what and when, the state before and after,
/// the values before and after the step, and the hash of the blast radius in force at that moment.
/// </summary>
public sealed record ProposalEvent(
    int Sequence,
    DateTimeOffset At,
    string ActorId,
    string ActorName,
    ProposalAction Action,
    ProposalState? From,
    ProposalState To,
    string Description,
    string? BeforeValue,
    string? AfterValue,
    string BlastRadiusHash);
