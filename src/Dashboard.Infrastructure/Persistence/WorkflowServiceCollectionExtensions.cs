using Dashboard.Application.Audit;
using Dashboard.Application.Catalog;
using Dashboard.Application.ChangeWatch;
using Dashboard.Application.Persistence;
using Dashboard.Application.Leases;
using Dashboard.Application.Proposals;
using Dashboard.Application.Reconciliation;
using Dashboard.Infrastructure.Catalog;
using Dashboard.Infrastructure.Persistence.Audit;
using Dashboard.Infrastructure.Persistence.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Persistence;

public static class WorkflowServiceCollectionExtensions
{
    /// <summary>
    /// The workflows of the application layer on the dashboard's database: units of work with the one audit writer, the
    /// read-side queries, the change pipeline (with the blast-radius analysis when one is registered), the change watch and
    /// catalog editing.
    /// </summary>
    public static IServiceCollection AddDashboardWorkflows(this IServiceCollection services, string? auditKeyBase64 = null)
    {
        services.TryAddSingleton(sp => AuditKey.From(auditKeyBase64, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.DataFolder));
        services.AddOptions<AuditOptions>();
        services.TryAddSingleton(sp => new AuditAnchorFile(
            sp.GetRequiredService<IOptions<AuditOptions>>().Value.AnchorFileIn(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.DataFolder),
            sp.GetRequiredService<AuditKey>()));
        services.AddSingleton<AuditWriter>();
        services.AddSingleton<IUnitOfWorkFactory, EfUnitOfWorkFactory>();
        services.AddSingleton<IProposalQueries, ProposalQueries>();
        services.AddSingleton<IBypassedChangeQueries, BypassedChangeQueries>();
        services.AddSingleton<IAuditLog, AuditLog>();
        services.AddSingleton<ICatalogVersionQueries, CatalogVersionQueries>();
        services.AddSingleton<ICatalogDescriptorReader, BackstageDescriptorReader>();
        services.AddSingleton<ProposalWorkflow>();
        services.AddSingleton<GatePolicySettings>();
        services.AddOptions<ProposalOptions>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<InterruptedWrites>(sp,
            TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<ProposalOptions>>().Value.ClaimTimeoutSeconds)));
        services.AddSingleton<ChangeWatchStatus>();
        services.AddSingleton<OutOfBandChangeDetector>();
        services.AddSingleton<BypassedChangeActions>();
        services.AddSingleton<CatalogEditing>();
        services.AddSingleton<CatalogImporting>();
        services.AddSingleton<IReconciliationRunQueries, ReconciliationRunQueries>();
        services.TryAddSingleton<ILeaseStore, EfLeaseStore>();
        return services;
    }
}
