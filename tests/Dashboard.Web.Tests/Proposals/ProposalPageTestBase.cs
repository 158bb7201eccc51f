using Dashboard.Application.Audit;
using Dashboard.Application.Live;
using Dashboard.Infrastructure.Persistence.Repositories;
using Dashboard.Infrastructure.Persistence.Accounts;
using Dashboard.Infrastructure.DemoWorld;
using Bunit.TestDoubles;
using Dashboard.Web.Model;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Proposals;

/// <summary>The proposal pages over a seeded database with the real service, view models and role policies.</summary>
public abstract class ProposalPageTestBase : DashboardTestContext, IAsyncLifetime
{
    private readonly BunitAuthorizationContext _auth;
    private ProposalTestWorld? _world;

    protected ProposalPageTestBase()
    {
        Services.AddSingleton(_ => World.Service);
        Services.AddSingleton(_ => World.Queries);
        Services.AddSingleton(_ => World.InterruptedWrites);
        Services.AddSingleton<IAuditLog>(_ => new AuditLog(World, ProposalTestWorld.TestAuditKey));
        Services.AddSingleton<ILiveFeed>(Feed);
        // The pages' clock (countdowns); a test that needs another time registers its own before rendering.
        Services.AddSingleton(TimeProvider.System);
        Services.AddTransient<ProposalListViewModel>();
        Services.AddSingleton(_ => World.Detector);
        Services.AddSingleton(_ => World.BypassActions);
        Services.AddTransient<BypassedChangesViewModel>();
        Services.AddTransient<ProposalDetailViewModel>();
        Services.AddTransient<AuditLogViewModel>();
        Services.AddSingleton(_ => World.GatePolicies);
        Services.AddTransient<GatePolicyViewModel>();
        Services.AddSingleton(_ => new PeopleDirectory(new LocalAccountStore(World)));
        _auth = AddAuthorization();
        Services.AddAuthorizationCore(Policies.Add);
        Services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
        Services.AddSingleton<IAuthorizationPolicyProvider, DefaultAuthorizationPolicyProvider>();
    }

    /// <summary>Changes written here reach the pages as another user's steps would.</summary>
    protected ChannelLiveFeed Feed { get; } = new();

    internal ProposalTestWorld World => _world ?? throw new InvalidOperationException("The world is created in InitializeAsync.");

    async Task IAsyncLifetime.InitializeAsync() => _world = await ProposalTestWorld.SeededAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Feed.Dispose();
        _world?.Dispose();
    }

    protected void SignIn(string userName, params string[] roles)
    {
        _auth.SetAuthorized(userName);
        _auth.SetRoles(roles);
        // A demo account signs in with its teams, as the session principal carries them.
        if (DemoAccounts.All.FirstOrDefault(a => a.UserName == userName) is { Teams: { Length: > 0 } teams })
            InTeams(teams);
    }

    /// <summary>Gives the signed-in person these teams, as their sign-in would.</summary>
    protected void InTeams(params string[] teams) => _auth.SetClaims([.. TeamClaims.For(teams)]);
}
