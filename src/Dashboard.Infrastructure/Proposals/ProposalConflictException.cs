using Dashboard.Domain.Proposals;

namespace Dashboard.Infrastructure.Proposals;

/// <summary>
/// The step lost a race: the store's value moved (<see cref="Current"/> is what it holds now, so the caller can rebase),
/// or someone else saved the proposal first. The proposal is as the other person left it.
/// </summary>
public sealed class ProposalConflictException(string message, ObservedSetting? current = null, Exception? innerException = null)
    : Exception(message, innerException)
{
    public ObservedSetting? Current { get; } = current;
}
