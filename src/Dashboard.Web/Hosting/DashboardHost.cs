using Dashboard.Application.Notifications;
using Dashboard.Application.Live;
using Dashboard.Application.Proposals;
using Dashboard.Infrastructure.ConfigMap;
using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Infrastructure.Health;
using Dashboard.Infrastructure.Incidents;
using Dashboard.Infrastructure.Notifications;
using Dashboard.Infrastructure.Ledger;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Infrastructure.Scanning;
using Dashboard.Web.Components;
using Dashboard.Web.Components.Time;
using Dashboard.Web.Endpoints;
using Dashboard.Web.Health;
using Dashboard.Web.Model;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace Dashboard.Web.Hosting;

/// <summary>Builds the dashboard host; Program.cs and the integration tests start it the same way.</summary>
public static class DashboardHost
{
    /// <summary>The largest message a browser may send over the circuit.</summary>
    public const long MaxCircuitMessageBytes = 128 * 1024;

    /// <param name="args">Command-line settings, as <c>--Section:Key=value</c>.</param>
    /// <param name="configure">Lets a test host add services (a log sink) before the host is built.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // The root appsettings.json and wwwroot are linked into the output; see Dashboard.Web.csproj.
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(DashboardHost).Assembly.GetName().Name,
        });
        var settings = SettingsValidation.BindAndValidate(builder.Configuration);
        var authentication = settings.Authentication;

        var services = builder.Services;
        services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DashboardOptions>, DashboardOptionsValidator>();
        services.AddSingleton<IDashboardLinks, PublicLinks>();
        services.AddOptions<DemoWorldOptions>().BindConfiguration(DemoWorldOptions.SectionName);
        services.AddSingleton(Options.Create(authentication));
        services.AddSingleton(DemoAccountAccess.For(builder.Environment, settings));
        services.AddDashboardDatabase(settings.Database);
        services.AddDashboardKeyProtection(settings.DataProtection);
        services.AddDashboardForwardedHeaders(settings.ForwardedHeaders);
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.AddOptions<SourceScanOptions>().BindConfiguration(SourceScanOptions.SectionName);
        services.AddOptions<ConfigMapOptions>().BindConfiguration(ConfigMapOptions.SectionName);
        services.AddOptions<ConfigStoreConnectionOptions>().BindConfiguration(ConfigStoreConnectionOptions.SectionName);
        services.AddSingleton<IValidateOptions<ChangeWatchOptions>, ChangeWatchOptionsValidator>();
        services.AddOptions<ChangeWatchOptions>().BindConfiguration(ChangeWatchOptions.SectionName).ValidateOnStart();
        services.AddHostedService<OutOfBandChangeWatcher>();
        services.AddSingleton<IValidateOptions<ProposalOptions>, ProposalOptionsValidator>();
        services.AddOptions<ProposalOptions>().BindConfiguration(ProposalOptions.SectionName).ValidateOnStart();
        services.AddHostedService<InterruptedWriteRecovery>();
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.SectionName);
        services.AddSingleton<ILiveFeed, LiveFeed>();
        services.AddHostedService<LiveFeedPublisher>();
        services.AddHostedService<SourceScanRefresher>();
        services.AddDashboardConfigMap();
        // Incidents first: they register the run gate as a lease in the database, which AddHealthMonitoring keeps.
        services.AddIncidentWebhooks(builder.Configuration);
        services.AddIncidents(builder.Configuration);
        services.AddHealthMonitoring(builder.Configuration);
        services.AddReconciliationSources(builder.Configuration);
        services.AddHostedService<ReconciliationRunner>();
        services.AddDashboardAuthentication(authentication);
        services.AddAuthorization(Policies.Add);
        services.AddCascadingAuthenticationState();
        services.AddDashboardErrorResponses(builder.Environment);
        services.AddDashboardHealthChecks();
        // Set deliberately: the largest value a page accepts (App Configuration's 10 KB, every character escaped as \uXXXX in the
        // JSON of the input event) fits with room; SignalR's 32 KB default dropped the circuit silently on a long paste.
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = MaxCircuitMessageBytes);
        services.AddDashboardAzureSignalR(settings.AzureSignalR);
        services.AddMudServices();
        services.AddScoped<UserTimeZone>();
        services.AddTransient<OverviewViewModel>();
        services.AddTransient<ConfigMapViewModel>();
        services.AddTransient<ProposeChangeViewModel>();
        services.AddTransient<AuditLogViewModel>();
        services.AddTransient<GatePolicyViewModel>();
        services.AddSingleton<PeopleDirectory>();
        services.AddSingleton<IApproverDirectory>(provider => provider.GetRequiredService<PeopleDirectory>());
        services.AddTransient<CatalogViewModel>();
        services.AddTransient<StoresViewModel>();
        services.AddTransient<ProposalListViewModel>();
        services.AddTransient<BypassedChangesViewModel>();
        services.AddTransient<ProposalDetailViewModel>();
        services.AddTransient<HealthGridViewModel>();
        services.AddTransient<ServiceHealthViewModel>();
        services.AddTransient<IncidentListViewModel>();
        services.AddTransient<IncidentDetailViewModel>();
        services.AddTransient<ReconciliationViewModel>();
        Testing.CrashAfterStoreWrite.AddIfRequested(builder);
        configure?.Invoke(builder);

        var app = builder.Build();
        var identityProviderOrigin = authentication.ParsedMode == AuthenticationMode.Oidc
            ? new Uri(authentication.Oidc.Authority).GetLeftPart(UriPartial.Authority)
            : null;
        // Host filtering (AllowedHosts) runs before all of this; then the proxy's headers, so everything below sees the real client.
        app.UseDashboardForwardedHeaders(settings.ForwardedHeaders);
        app.UseExceptionHandler();
        app.UseMiddleware<RelativeRedirectsMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>(SecurityHeadersMiddleware.BuildPolicy(identityProviderOrigin));
        if (!app.Environment.IsDevelopment())
            app.UseHsts();
        // Pages answer an unknown address with the not-found page; the API keeps its problem details.
        app.UseWhen(IsPageRequest, pages => pages.UseStatusCodePagesWithReExecute(PageRoutes.NotFound));
        app.UseWhen(context => !IsPageRequest(context), api => api.UseStatusCodePages());
        // Routing after the status-code pages, so a re-executed request is matched again (to the not-found page).
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<CrossSiteRequestGuardMiddleware>();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapDashboardHealth();
        var jsonApi = app.MapGroup("").WithJsonBodyLimit();
        jsonApi.MapServicesApi();
        jsonApi.MapAdminApi();
        jsonApi.MapGatePolicyApi();
        jsonApi.MapScanApi();
        jsonApi.MapBlastRadiusApi();
        jsonApi.MapProposalsApi();
        jsonApi.MapChangesApi();
        jsonApi.MapStoresApi();
        jsonApi.MapHealthApi();
        jsonApi.MapIncidentsApi();
        jsonApi.MapReconciliationApi();
        app.MapCatalogApi();
        app.MapLocalStoreReadApi();
        app.MapAccountEndpoints(authentication.ParsedMode);
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.WarnWhenKeysAreUnencrypted(settings.DataProtection);
        return app;
    }

    private static bool IsPageRequest(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/api") && HttpMethods.IsGet(context.Request.Method);

    /// <summary>Migrates (SQLite always, SQL Server when asked) and seeds the demo world when enabled.</summary>
    public static Task InitializeDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default) =>
        app.Services.GetRequiredService<DatabaseInitializer>()
            .InitializeAsync(app.Services.GetRequiredService<IOptions<DemoWorldOptions>>().Value.Seed, cancellationToken);

    public static IReadOnlyList<string> ListeningAddresses(this WebApplication app) =>
        [.. app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()?.Addresses ?? []];
}
