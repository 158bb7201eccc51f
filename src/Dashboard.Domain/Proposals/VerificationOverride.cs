namespace Dashboard.Domain.Proposals;

/// <summary>A failed staging verification set aside by one person and confirmed by a second.</summary>
public sealed record VerificationOverride(
    string OverriddenById,
    string OverriddenByName,
    string SecondPersonId,
    string SecondPersonName,
    string Reason,
    DateTimeOffset At);
