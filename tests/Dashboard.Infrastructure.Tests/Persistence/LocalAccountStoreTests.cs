using Dashboard.Domain;
using Dashboard.Domain.Access;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Infrastructure.Persistence.Accounts;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Infrastructure.Tests.Persistence;

public class LocalAccountStoreTests
{
    private static readonly SignInPolicy Policy = new(DemoAccountsAllowed: true, MaxFailedAttempts: 3, LockoutDuration: TimeSpan.FromMinutes(15));

    [Fact]
    public async Task VerifyAsync_DemoUserRightPassword_Succeeds()
    {
        using var database = await SeededAsync();

        var result = await database.Accounts.VerifyAsync("Engineer", DemoAccounts.Password, Policy, CancellationToken.None);

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

        var result = await database.Accounts.VerifyAsync(user, password, Policy, CancellationToken.None);

        Assert.Equal(SignInOutcome.InvalidCredentials, result.Outcome);
        Assert.Null(result.Account);
    }

    [Fact]
    public async Task VerifyAsync_DemoUserWhenDemoAccountsDisabled_IsRefused()
    {
        using var database = await SeededAsync();

        var result = await database.Accounts.VerifyAsync("admin", DemoAccounts.Password, Policy with { DemoAccountsAllowed = false }, CancellationToken.None);

        Assert.Equal(SignInOutcome.DemoAccountsDisabled, result.Outcome);
    }

    [Theory]
    [InlineData("engineer")]
    [InlineData("nobody-has-this-name")]
    public async Task VerifyAsync_ThirdWrongPassword_LocksTheUserNameUntilTheLockoutEnds_WhetherOrNotTheAccountExists(string user)
    {
        using var database = await SeededAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
        using var accounts = new LocalAccountStore(database.Factory, clock);

        var answers = new List<SignInResult>();
        for (var i = 0; i < 3; i++) answers.Add(await accounts.VerifyAsync(user, "wrong-password", Policy, CancellationToken.None));
        var rightPasswordWhileLocked = await accounts.VerifyAsync(user, DemoAccounts.Password, Policy, CancellationToken.None);

        Assert.Equal([SignInOutcome.InvalidCredentials, SignInOutcome.InvalidCredentials, SignInOutcome.LockedOut], answers.Select(a => a.Outcome));
        Assert.Equal(SignInResult.Locked(clock.GetUtcNow().AddMinutes(15)), answers[2]);
        Assert.Equal(SignInResult.Locked(clock.GetUtcNow().AddMinutes(15)), rightPasswordWhileLocked);
        clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(SignInOutcome.InvalidCredentials, (await accounts.VerifyAsync(user, "wrong-password", Policy, CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task VerifyAsync_AfterTheLockout_RightPasswordSignsIn_AndTheCountStartsAgain()
    {
        using var database = await SeededAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
        using var accounts = new LocalAccountStore(database.Factory, clock);
        for (var i = 0; i < 3; i++) await accounts.VerifyAsync("engineer", "wrong-password", Policy, CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(16));

        var signedIn = await accounts.VerifyAsync("engineer", DemoAccounts.Password, Policy, CancellationToken.None);
        var wrongAgain = await accounts.VerifyAsync("engineer", "wrong-password", Policy, CancellationToken.None);

        Assert.Equal(SignInOutcome.Success, signedIn.Outcome);
        Assert.Equal(0, signedIn.Account!.FailedSignIns);
        Assert.Null(signedIn.Account.LockedOutUntil);
        Assert.Equal(SignInOutcome.InvalidCredentials, wrongAgain.Outcome);
    }

    [Fact]
    public async Task VerifyAsync_ParallelWrongPasswords_LoseNoFailure()
    {
        using var database = await SeededAsync();
        var policy = Policy with { MaxFailedAttempts = 100 };

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => database.Accounts.VerifyAsync("engineer", "wrong-password", policy, CancellationToken.None)));

        var engineer = (await database.Accounts.ListAsync(CancellationToken.None)).Single(a => a.UserName == "engineer");
        Assert.Equal(8, engineer.FailedSignIns);
    }

    [Fact]
    public async Task EndSessionsAsync_GivesTheAccountANewStamp()
    {
        using var database = await SeededAsync();
        var before = await database.Accounts.SecurityStampAsync("Engineer", CancellationToken.None);

        await database.Accounts.EndSessionsAsync("engineer", CancellationToken.None);

        var after = await database.Accounts.SecurityStampAsync("engineer", CancellationToken.None);
        Assert.False(string.IsNullOrEmpty(before));
        Assert.NotEqual(before, after);
        Assert.Null(await database.Accounts.SecurityStampAsync("nobody", CancellationToken.None));
    }

    [Fact]
    public async Task ChangeRoleAsync_ChangesTheRoleAndTheStamp_AndRefusesUnknownRoles()
    {
        using var database = await SeededAsync();
        var before = await database.Accounts.SecurityStampAsync("viewer", CancellationToken.None);

        var changed = await database.Accounts.ChangeRoleAsync("viewer", Roles.Engineer, CancellationToken.None);

        Assert.Equal(Roles.Engineer, changed!.Role);
        Assert.NotEqual(before, await database.Accounts.SecurityStampAsync("viewer", CancellationToken.None));
        Assert.Null(await database.Accounts.ChangeRoleAsync("nobody", Roles.Engineer, CancellationToken.None));
        await Assert.ThrowsAsync<DomainException>(() => database.Accounts.ChangeRoleAsync("viewer", "Superuser", CancellationToken.None));
    }

    [Fact]
    public async Task SeededAccounts_StoreHashesNotPasswords()
    {
        using var database = await SeededAsync();

        var accounts = await database.Accounts.ListAsync(CancellationToken.None);

        Assert.Equal(Roles.All.Order(), accounts.Select(a => a.Role).Distinct().Order());
        Assert.All(accounts, a => Assert.DoesNotContain(DemoAccounts.Password, a.PasswordHash));
    }

    [Fact]
    public async Task SeededAccounts_HaveAnApproverFromEachTeamOwningAReaderOfTheTaxRate()
    {
        using var database = await SeededAsync();

        var accounts = await database.Accounts.ListAsync(CancellationToken.None);

        var approverTeams = accounts.Where(a => a.Role == Roles.Approver).SelectMany(a => a.Teams).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.Superset(new HashSet<string>(["payments", "documents"]), approverTeams);
        Assert.Equal(["payments", "documents"], accounts.Single(a => a.UserName == "approver").Teams);
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
