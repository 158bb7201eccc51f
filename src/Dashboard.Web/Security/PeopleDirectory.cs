using Dashboard.Domain.Proposals;
using Dashboard.Infrastructure.Persistence.Accounts;

namespace Dashboard.Web.Security;

/// <summary>Finds another person by user name, e.g. the second person who agrees to override a failed staging verification.</summary>
public sealed class PeopleDirectory(LocalAccountStore accounts)
{
    public async Task<ProposalActor?> FindAsync(string? userName, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userName)) return null;
        var account = (await accounts.ListAsync(cancellationToken))
            .FirstOrDefault(a => string.Equals(a.UserName, userName.Trim(), StringComparison.OrdinalIgnoreCase));
        return account is null ? null : new ProposalActor(account.UserName, account.DisplayName, [account.Role]);
    }

    public static string NotFound(string? userName) =>
        $"There is no account '{userName}': name the user name of another Engineer, Approver or Admin.";
}
