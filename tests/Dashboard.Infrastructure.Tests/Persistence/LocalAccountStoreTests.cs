using Dashboard.Domain;
using Dashboard.Domain.Access;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Infrastructure.Persistence.Accounts;

namespace Dashboard.Infrastructure.Tests.Persistence;

public class LocalAccountStoreTests
{
    [Fact]
    public async Task VerifyAsync_DemoUserRightPassword_Succeeds()
    {
        using var database = await SeededAsync();

        var result = await database.Accounts.VerifyAsync("Engineer", DemoAccounts.Password, demoAccountsAllowed: true, CancellationToken.None);

        Assert.Equal(SignInOutcome.Success, result.Outcome);
        Assert.Equal(Roles.Engineer, result.Account!.Role);
    }

    [Theory]
    [InlineData("engineer", "wrong-password")]
    [InlineData("nobody", "demo-dashboard-2026")]
    [InlineData("engineer", "")]
    public async Task VerifyAsync_WrongPasswordOrUnknownUser_IsInvalid(string user, string password)
    {
        using var database = await SeededAsync();

        var result = await database.Accounts.VerifyAsync(user, password, demoAccountsAllowed: true, CancellationToken.None);

        Assert.Equal(SignInOutcome.InvalidCredentials, result.Outcome);
        Assert.Null(result.Account);
    }

    [Fact]
    public async Task VerifyAsync_DemoUserWhenDemoAccountsDisabled_IsRefused()
    {
        using var database = await SeededAsync();

        var result = await database.Accounts.VerifyAsync("admin", DemoAccounts.Password, demoAccountsAllowed: false, CancellationToken.None);

        Assert.Equal(SignInOutcome.DemoAccountsDisabled, result.Outcome);
    }

    [Fact]
    public async Task SeededAccounts_StoreHashesNotPasswords()
    {
        using var database = await SeededAsync();

        var accounts = await database.Accounts.ListAsync(CancellationToken.None);

        Assert.Equal(Roles.All.Order(), accounts.Select(a => a.Role).Order());
        Assert.All(accounts, a => Assert.DoesNotContain(DemoAccounts.Password, a.PasswordHash));
    }

    [Fact]
    public void Create_UnknownRoleOrShortPassword_IsRefused()
    {
        using var database = new SqliteTestDatabase();

        Assert.Throws<DomainException>(() => database.Accounts.Create("x", "X", "Superuser", "long-enough-password", isDemo: false));
        Assert.Throws<DomainException>(() => database.Accounts.Create("x", "X", Roles.Viewer, "short", isDemo: false));
    }

    private static async Task<SqliteTestDatabase> SeededAsync()
    {
        var database = new SqliteTestDatabase();
        await database.Initializer.InitializeAsync(seedDemoWorld: true, CancellationToken.None);
        return database;
    }
}
