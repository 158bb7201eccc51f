using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Infrastructure.Persistence.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.DemoWorld;

/// <summary>Fills an empty database with the demo world, the shared store's keys and one demo account per role, and the story's past incident.</summary>
public sealed class DemoWorldSeeder(LocalAccountStore accounts, LocalConfigStoreRegistry configStores, TimeProvider time)
{
    /// <returns>True when the database was empty and has been seeded.</returns>
    public async Task<bool> SeedIfEmptyAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Services.AnyAsync(cancellationToken) || await db.LocalAccounts.AnyAsync(cancellationToken))
            return false;
        CatalogRepository.AddTo(db, DemoCatalog.Build());
        foreach (var (userName, displayName, role, teams) in DemoAccounts.All)
            db.LocalAccounts.Add(accounts.Create(userName, displayName, role, DemoAccounts.Password, isDemo: true, teams));
        var changedAt = DemoIncident.ChangedAtFor(time.GetUtcNow());
        db.BypassedChanges.Add(DemoIncident.PortalEdit(changedAt));
        db.Incidents.Add(DemoIncident.Build(changedAt));
        await db.SaveChangesAsync(cancellationToken);

        // Through the store itself, so the demo keys have ETags and a first revision like any other change.
        var store = configStores.Get(DemoCatalog.SharedStore).WithActor(DemoConfiguration.SeedActor);
        foreach (var setting in DemoConfiguration.Build())
            await store.SetSettingAsync(setting, ConfigWriteCondition.IfAbsent, cancellationToken);
        return true;
    }

    /// <summary>
    /// In a demo database seeded by an earlier version: adds the demo accounts it lacks and gives demo accounts without teams
    /// the teams they now have, so the production gate's owner-team rule can be met there too. Other accounts are left alone.
    /// </summary>
    /// <returns>How many demo accounts were added or given teams.</returns>
    public async Task<int> UpdateDemoAccountsAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.LocalAccounts.ToListAsync(cancellationToken);
        if (!existing.Any(a => a.IsDemo)) return 0;
        var changed = 0;
        foreach (var (userName, displayName, role, teams) in DemoAccounts.All)
        {
            var account = existing.FirstOrDefault(a => string.Equals(a.UserName, userName, StringComparison.OrdinalIgnoreCase));
            if (account is null)
                db.LocalAccounts.Add(accounts.Create(userName, displayName, role, DemoAccounts.Password, isDemo: true, teams));
            else if (account.IsDemo && account.Teams.Count == 0 && teams.Length > 0)
                account.ChangeTeams(teams);
            else
                continue;
            changed++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }
}
