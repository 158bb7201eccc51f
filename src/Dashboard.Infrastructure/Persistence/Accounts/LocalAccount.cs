namespace Dashboard.Infrastructure.Persistence.Accounts;

/// <summary>A local sign-in for the embedded default; production signs in through Entra ID instead.</summary>
public sealed class LocalAccount
{
    public int Id { get; private set; }
    public string UserName { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public string Role { get; private set; } = "";
    public string PasswordHash { get; private set; } = "";
    public bool IsDemo { get; private set; }

    private LocalAccount() { }

    public LocalAccount(string userName, string displayName, string role, bool isDemo)
    {
        UserName = userName.Trim().ToLowerInvariant();
        DisplayName = displayName.Trim();
        Role = role;
        IsDemo = isDemo;
    }

    public void SetPasswordHash(string hash) => PasswordHash = hash;
}
