using Dashboard.Application.Proposals;
using Dashboard.Domain.Proposals;
using Dashboard.Infrastructure.Persistence.Accounts;

namespace Dashboard.Web.Security;

/// <summary>
/// The local accounts as people with roles and teams: finds another person by user name (e.g. the second person who agrees to
/// override a failed staging verification) and lists who could approve for a missing owning team.
/// </summary>
public sealed class PeopleDirectory(LocalAccountStore accounts) : IApproverDirectory
{
    public async Task<IReadOnlyList<ProposalActor>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await accounts.ListAsync(cancellationToken)).Select(Person)];

    public async Task<ProposalActor?> FindAsync(string? userName, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userName)) return null;
        var account = (await accounts.ListAsync(cancellationToken))
            .FirstOrDefault(a => string.Equals(a.UserName, userName.Trim(), StringComparison.OrdinalIgnoreCase));
        return account is null ? null : Person(account);
    }

    private static ProposalActor Person(LocalAccount account) => new(account.UserName, account.DisplayName, [account.Role], account.Teams);

    public static string NotFound(string? userName) =>
        $"There is no account '{userName}': name the user name of another Engineer, Approver or Admin.";
}
