namespace Dashboard.Infrastructure.Proposals;

public sealed class ProposalNotFoundException(Guid id)
    : Exception($"There is no proposal with id '{id}': list the proposals to find its id.")
{
    public Guid Id { get; } = id;
}
