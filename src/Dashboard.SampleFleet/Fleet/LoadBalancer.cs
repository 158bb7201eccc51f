using System.Globalization;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.LoadBalancing;

namespace Dashboard.SampleFleet.Fleet;

/// <summary>
/// The load balancer in front of a service's instances in one environment (YARP): round robin over the instances in
/// rotation, each instance's readiness probed on the service's readiness path; with none in rotation, 503.
/// </summary>
internal static class LoadBalancer
{
    public static WebApplication Build(RunningServicePlan plan, IReadOnlyList<RunningInstance> instances, TimeSpan probeInterval, ILogger logger)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = plan.ContentRoot, Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{plan.LoadBalancerPort}"));
        var name = plan.Definition.Name;
        var cluster = new ClusterConfig
        {
            ClusterId = name,
            LoadBalancingPolicy = LoadBalancingPolicies.RoundRobin,
            HealthCheck = new HealthCheckConfig
            {
                AvailableDestinationsPolicy = HealthCheckConstants.AvailableDestinations.HealthyAndUnknown,
                Active = new ActiveHealthCheckConfig
                {
                    Enabled = true,
                    Interval = probeInterval,
                    Timeout = probeInterval < TimeSpan.FromSeconds(2) ? probeInterval : TimeSpan.FromSeconds(2),
                    Policy = RotationPolicy.PolicyName,
                    Path = plan.Definition.ReadinessPath,
                },
            },
            Destinations = instances.ToDictionary(i => i.Url.Authority, i => new DestinationConfig { Address = i.Url.ToString() }),
        };
        var route = new RouteConfig { RouteId = name, ClusterId = name, Match = new RouteMatch { Path = "{**catch-all}" } };
        builder.Services.AddReverseProxy().LoadFromMemory([route], [cluster]);
        builder.Services.AddSingleton<IActiveHealthCheckPolicy>(services =>
            new RotationPolicy(services.GetRequiredService<IDestinationHealthUpdater>(), logger, $"{name} ({plan.Environment})"));
        var app = builder.Build();
        app.MapReverseProxy();
        return app;
    }
}
