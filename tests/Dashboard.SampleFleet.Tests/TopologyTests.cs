using Dashboard.Infrastructure.DemoWorld;
using Dashboard.SampleFleet.Fleet;

namespace Dashboard.SampleFleet.Tests;

/// <summary>The fleet's default ports are the addresses the demo catalog gives the dashboard to probe.</summary>
public sealed class TopologyTests
{
    public static TheoryData<string, string> ServicesAndEnvironments()
    {
        var data = new TheoryData<string, string>();
        foreach (var service in FleetServices.All)
        {
            foreach (var environment in FleetEnvironments.All)
                data.Add(service.Name, environment);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ServicesAndEnvironments))]
    public void DefaultPorts_AreTheCatalogsEndpointAndTheDemoFleetsInstances(string service, string environment)
    {
        var plan = RunningServicePlan.For(FleetServices.All.Single(s => s.Name == service), environment, new SampleFleetOptions(), "unused");

        Assert.Equal(DemoCatalog.Build().FindService(service)!.EndpointIn(environment)!.BaseUrl.Port, plan.LoadBalancerPort);
        Assert.Equal(DemoFleet.LoadBalancer(service, environment).Port, plan.LoadBalancerPort);
        Assert.Equal(DemoFleet.Instances(service, environment).Select(u => u.Port), plan.InstancePorts);
    }

    [Fact]
    public void DefaultPorts_NeverCollide_AndStayOffTheDashboardsPort()
    {
        var options = new SampleFleetOptions();
        var ports = FleetEnvironments.All
            .SelectMany(environment => FleetServices.All.Select(service => RunningServicePlan.For(service, environment, options, "unused")))
            .SelectMany(plan => plan.InstancePorts.Append(plan.LoadBalancerPort))
            .Append(options.PaymentGatewayPort)
            .ToList();

        Assert.Equal(ports.Count, ports.Distinct().Count());
        Assert.DoesNotContain(5180, ports);
    }
}
