using Microsoft.AspNetCore.DataProtection;
using Dashboard.Domain.Catalog;
using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Infrastructure.Persistence.Accounts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    private const string DataProtectionApplicationName = "Dashboard";

    /// <summary>One context per operation through <see cref="IDbContextFactory{DashboardDbContext}"/>, for the configured provider.</summary>
    public static IServiceCollection AddDashboardDatabase(this IServiceCollection services, DatabaseOptions options)
    {
        var connectionString = options.ResolveConnectionString();
        if (options.ParsedProvider == DatabaseProvider.Sqlite)
        {
            // A short busy timeout, for the connection (BEGIN IMMEDIATE) and every command: a locked file answers 503 quickly.
            var sqlite = new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = options.BusyTimeoutSeconds };
            services.AddDbContextFactory<SqliteDashboardDbContext>(o => o.UseSqlite(sqlite.ConnectionString, s => s.CommandTimeout(options.BusyTimeoutSeconds)));
            services.AddSingleton<IDbContextFactory<DashboardDbContext>, ProviderDbContextFactory<SqliteDashboardDbContext>>();
            services.AddDataProtection().SetApplicationName(DataProtectionApplicationName).PersistKeysToDbContext<SqliteDashboardDbContext>();
        }
        else
        {
            services.AddDbContextFactory<SqlServerDashboardDbContext>(o => o.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure()));
            services.AddSingleton<IDbContextFactory<DashboardDbContext>, ProviderDbContextFactory<SqlServerDashboardDbContext>>();
            // Every instance behind the load balancer must read the same keys, or a session cookie works on one only.
            services.AddDataProtection().SetApplicationName(DataProtectionApplicationName).PersistKeysToDbContext<SqlServerDashboardDbContext>();
        }
        services.AddSingleton(Options.Create(options));
        services.AddSingleton<ICatalogSource, CatalogRepository>();
        services.AddSingleton<LocalAccountStore>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<LocalConfigStoreRegistry>();
        services.AddSingleton<DemoWorldSeeder>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddDashboardWorkflows();
        return services;
    }
}
