using Dashboard.Application.Reconciliation;
using Dashboard.Domain.Reconciliation;
using Dashboard.Infrastructure.Payments;
using Dashboard.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Ledger;

public static class ReconciliationServiceCollectionExtensions
{
    /// <summary>
    /// What reconciliation reads and acts on: the billing ledger (<see cref="ILedger"/>, its own database), the payment gateway
    /// (<see cref="IPaymentGateway"/>), and in the embedded default the in-process sandbox and the demo world seeded into both;
    /// with them the workflow and the background executor of reconciliation runs (the host runs the executor's loop).
    /// </summary>
    public static IServiceCollection AddReconciliationSources(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IValidateOptions<LedgerOptions>, LedgerOptionsValidator>();
        services.AddOptions<LedgerOptions>().Bind(configuration.GetSection(LedgerOptions.SectionName)).ValidateOnStart();
        var ledger = configuration.GetSection(LedgerOptions.SectionName).Get<LedgerOptions>() ?? new LedgerOptions();
        var sqlite = !Enum.TryParse<DatabaseProvider>(ledger.Provider, ignoreCase: true, out var provider) || provider == DatabaseProvider.Sqlite;
        if (sqlite)
        {
            services.AddDbContextFactory<SqliteLedgerDbContext>((sp, o) => o.UseSqlite(sp.GetRequiredService<IOptions<LedgerOptions>>().Value.ResolveConnectionString()));
            services.AddSingleton<IDbContextFactory<LedgerDbContext>, LedgerContextFactory<SqliteLedgerDbContext>>();
        }
        else
        {
            services.AddDbContextFactory<SqlServerLedgerDbContext>((sp, o) => o.UseSqlServer(sp.GetRequiredService<IOptions<LedgerOptions>>().Value.ConnectionString,
                sql => sql.EnableRetryOnFailure()));
            services.AddSingleton<IDbContextFactory<LedgerDbContext>, LedgerContextFactory<SqlServerLedgerDbContext>>();
        }
        services.AddSingleton<ILedger, EfLedger>();

        services.AddPaymentGateway(configuration).AddSharedGatewayRateLimit();
        services.AddSingleton(sp => new EmbeddedPaymentSandbox(
            sp.GetRequiredService<IOptions<PaymentGatewayOptions>>(),
            sp.GetRequiredService<PaymentGatewayEndpoint>(),
            sp.GetRequiredService<IOptions<LedgerOptions>>().Value.DataFolder,
            sp.GetRequiredService<ILogger<EmbeddedPaymentSandbox>>()));
        // Registration order is start order: the sandbox listens before the demo world is seeded into it.
        services.AddHostedService(sp => sp.GetRequiredService<EmbeddedPaymentSandbox>());
        services.AddHostedService<ReconciliationSourcesInitializer>();

        services.AddSingleton(DecisionTable.Standard());
        services.AddSingleton(new ReconciliationPolicy());
        services.AddSingleton<RunProgressTracker>();
        services.AddSingleton<ReconciliationWorkflow>();
        services.AddSingleton<IValidateOptions<ReconciliationOptions>, ReconciliationOptionsValidator>();
        services.AddOptions<ReconciliationOptions>().Bind(configuration.GetSection(ReconciliationOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<ReconciliationExecutor>();
        return services;
    }
}
