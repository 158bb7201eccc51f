using System.Globalization;
using Dashboard.SampleFleet.Simulation;

namespace Dashboard.SampleFleet.Fleet;

/// <summary>
/// Starts the fleet in this process: the payment gateway, then per environment billing-api's instances and load
/// balancer, then the services that call billing-api (frontend, invoice-renderer, order-processing) with theirs, then
/// the synthetic traffic. Every instance is its service's own Program, given its environment (which is also the label
/// it reads), its address and the store's connection string as command-line settings.
/// </summary>
public static class FleetLauncher
{
    public const string LogCategory = "SampleFleet";

    private const int MinWorkerThreads = 128;

    public static async Task<RunningFleet> StartAsync(SampleFleetOptions options, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var logger = loggerFactory.CreateLogger(LogCategory);
        ReserveThreads();
        // The services' content root: empty, so no instance picks up the dashboard's appsettings.json.
        var contentRoot = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "fleet-content-root")).FullName;
        var fleet = new RunningFleet();
        try
        {
            var gateway = PaymentGatewayStub.Build(options.PaymentGatewayPort, contentRoot);
            fleet.Add(gateway);
            await gateway.StartAsync(cancellationToken);
            fleet.PaymentGateway = new Uri(gateway.Urls.First());

            foreach (var environment in options.EnvironmentNames)
            {
                var settings = InstanceSettings(options, environment, fleet.PaymentGateway);
                var billing = await StartServiceAsync(fleet, RunningServicePlan.For(FleetServices.BillingApi, environment, options, contentRoot),
                    settings, options, logger, cancellationToken);
                settings["Services:BillingApi"] = billing.Url.ToString();
                await Task.WhenAll(FleetServices.All.Where(s => s != FleetServices.BillingApi).Select(service =>
                    StartServiceAsync(fleet, RunningServicePlan.For(service, environment, options, contentRoot), settings, options, logger, cancellationToken)));
            }
            if (options.RequestsPerSecond > 0)
                fleet.Drive(new TrafficGenerator(TrafficGenerator.TargetsOf(fleet), options.RequestsPerSecond * options.EnvironmentNames.Count, logger));
            return fleet;
        }
        catch
        {
            await fleet.DisposeAsync();
            throw;
        }
    }

    // The services share this process's thread pool where each would have its own: billing-api's blocking connects
    // (and the requests queued behind them) must not starve the other services' health probes, which here would be an
    // artifact of running them together, not part of the story.
    private static void ReserveThreads()
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        if (workers < MinWorkerThreads)
            ThreadPool.SetMinThreads(MinWorkerThreads, completionPorts);
    }

    private static async Task<RunningService> StartServiceAsync(RunningFleet fleet, RunningServicePlan plan, IReadOnlyDictionary<string, string> settings,
        SampleFleetOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        var instances = await Task.WhenAll(plan.InstancePorts.Select((port, index) =>
            StartInstanceAsync(fleet, plan, index + 1, port, settings, logger, cancellationToken)));
        var balancer = LoadBalancer.Build(plan, instances, TimeSpan.FromSeconds(options.ProbeIntervalSeconds), logger);
        fleet.Add(balancer);
        await balancer.StartAsync(cancellationToken);
        var service = new RunningService(plan.Definition, plan.Environment, new Uri(balancer.Urls.First()), instances);
        fleet.Add(service);
        return service;
    }

    private static async Task<RunningInstance> StartInstanceAsync(RunningFleet fleet, RunningServicePlan plan, int number, int port,
        IReadOnlyDictionary<string, string> settings, ILogger logger, CancellationToken cancellationToken)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{plan.Definition.Name} ({plan.Environment}) #{number}");
        string[] args =
        [
            $"--environment={plan.Environment}",
            string.Create(CultureInfo.InvariantCulture, $"--urls=http://127.0.0.1:{port}"),
            $"--contentRoot={plan.ContentRoot}",
            .. settings.Select(setting => $"--{setting.Key}={setting.Value}"),
        ];
        WebApplication app;
        try
        {
            // Building loads the configuration from the store: a blocking call, kept off the caller's thread.
            app = await Task.Run(() => plan.Definition.Build(args), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new InvalidOperationException($"{name} could not start: {ex.Message}", ex);
        }
        app.Services.GetRequiredService<ILoggerFactory>().AddProvider(new InstanceLogForwarder(name, logger));
        fleet.Add(app);
        await app.StartAsync(cancellationToken);
        return new RunningInstance(name, number, new Uri(app.Urls.First()), app);
    }

    // What a deployment would hand each instance: the store, the addresses of what it calls, its databases' connection
    // strings and the Key Vault secret billing-api's reference names; logs reduced to warnings and configuration reloads.
    private static Dictionary<string, string> InstanceSettings(SampleFleetOptions options, string environment, Uri paymentGateway)
    {
        var connect = string.Create(CultureInfo.InvariantCulture, $"{options.ReconnectMinSeconds}-{options.ReconnectMaxSeconds}");
        return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["AppConfig:ConnectionString"] = options.ConnectionString,
            ["Services:PaymentGateway"] = paymentGateway.ToString(),
            ["KeyVault:billing-sql"] = $"Server=tcp:billing-sql-{environment}.database.windows.net;Authentication=Active Directory Managed Identity;{SimulatedSqlConnection.ConnectSecondsKey}={connect}",
            ["ConnectionStrings:Orders"] = $"Server=tcp:orders-sql-{environment}.database.windows.net;Authentication=Active Directory Managed Identity",
            ["ConnectionStrings:Documents"] = $"Server=tcp:documents-sql-{environment}.database.windows.net;Authentication=Active Directory Managed Identity",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "None",
            ["Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks"] = "None",
            ["Logging:LogLevel:Microsoft.Extensions.Http"] = "None",
            ["Logging:LogLevel:Polly"] = "None",
            ["Logging:LogLevel:Microsoft.Extensions.Configuration.AzureAppConfiguration"] = "Information",
            // The fleet's own log carries the lines, named after the instance.
            ["Logging:Console:LogLevel:Default"] = "None",
        };
    }
}
