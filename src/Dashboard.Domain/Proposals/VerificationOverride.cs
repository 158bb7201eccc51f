namespace Dashboard.Domain.Proposals;

/// <summary>
/// A failed staging verification set aside by two people: <see cref="OverriddenById"/> asks for it, with a reason, naming the
/// second person, who must confirm it themselves, signed in. Until <see cref="ConfirmedAt"/> is set it is only a request and
/// the proposal stays applied to staging.
/// </summary>
/// <param name="OverriddenById">Who asked for the override.</param>
/// <param name="At">When the override was asked for.</param>
/// <param name="ConfirmedAt">When the second person confirmed it; null while it waits for them.</param>
public sealed record VerificationOverride(
    string OverriddenById,
    string OverriddenByName,
    string SecondPersonId,
    string SecondPersonName,
    string Reason,
    DateTimeOffset At,
    DateTimeOffset? ConfirmedAt = null)
{
    public bool IsConfirmed => ConfirmedAt is not null;
}
