namespace Dashboard.Infrastructure.Proposals;

/// <summary>The request itself is wrong (unknown store, bad key, value too large…); <see cref="Field"/> names the input to fix.</summary>
public sealed class ProposalInputException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
