using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Dashboard.Domain.Audit;
using Dashboard.Domain.Catalog;
using Dashboard.Domain.ChangeWatch;
using Dashboard.Domain.Incidents;
using Dashboard.Domain.Proposals;
using Dashboard.Domain.Reconciliation;
using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Infrastructure.Persistence.Accounts;
using Dashboard.Infrastructure.Persistence.Leases;
using Dashboard.Infrastructure.Persistence.RateLimits;

using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Persistence;

/// <summary>
/// The dashboard's own database. Each provider has a derived context that owns its migrations
/// (<see cref="SqliteDashboardDbContext"/>, <see cref="SqlServerDashboardDbContext"/>); code uses this type.
/// </summary>
public abstract class DashboardDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>The keys that protect session cookies and antiforgery tokens, shared by every instance of the dashboard.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<DeploymentEnvironment> Environments => Set<DeploymentEnvironment>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<Resource> Resources => Set<Resource>();
    public DbSet<Dependency> Dependencies => Set<Dependency>();
    public DbSet<ConfigStore> ConfigStores => Set<ConfigStore>();
    public DbSet<LocalAccount> LocalAccounts => Set<LocalAccount>();
    public DbSet<LocalKeyValue> LocalKeyValues => Set<LocalKeyValue>();
    public DbSet<LocalKeyValueRevision> LocalKeyValueRevisions => Set<LocalKeyValueRevision>();
    public DbSet<Proposal> Proposals => Set<Proposal>();
    /// <summary>The gate an Admin set per environment; an environment without a row uses the default gate.</summary>
    public DbSet<GatePolicy> GatePolicies => Set<GatePolicy>();
    public DbSet<BypassedChange> BypassedChanges => Set<BypassedChange>();
    /// <summary>Per store, which version of each key-value the change watch saw last.</summary>
    public DbSet<StoreSnapshot> StoreSnapshots => Set<StoreSnapshot>();
    public DbSet<Incident> Incidents => Set<Incident>();
    /// <summary>Named leases that elect one runner of fleet-wide work among the dashboard's instances.</summary>
    public DbSet<LeaseRecord> Leases => Set<LeaseRecord>();
    /// <summary>Rate limits shared by every instance (the payment gateway's): where the next free slot starts.</summary>
    public DbSet<RateScheduleRecord> RateSchedules => Set<RateScheduleRecord>();
    public DbSet<ReconciliationRun> ReconciliationRuns => Set<ReconciliationRun>();
    /// <summary>Append-only: rows are added, never updated or deleted, and chained by hash.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DashboardDbContext).Assembly);
}
