using System.Collections.Frozen;
using System.Globalization;

namespace Dashboard.Infrastructure.DemoWorld;

/// <summary>
/// Where the sample fleet (<c>dotnet run --project src/Dashboard.SampleFleet</c>) runs the demo services with its
/// default settings: per environment, one load balancer per service (the address the catalog gives) in front of the
/// service's instances on the ports just after it. Without the fleet running, these addresses do not answer.
/// </summary>
public static class DemoFleet
{
    public const int StagingBasePort = 5200;
    public const int ProductionBasePort = 5300;

    private static readonly FrozenDictionary<string, (int PortOffset, int Instances)> Services = new Dictionary<string, (int, int)>
    {
        ["frontend"] = (0, 3),
        ["billing-api"] = (10, 3),
        ["invoice-renderer"] = (20, 1),
        ["order-processing"] = (30, 1),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The service's address in the environment: its load balancer, which routes to the instances in rotation.</summary>
    public static Uri LoadBalancer(string service, string environment) => Loopback(BasePort(environment) + Services[service].PortOffset);

    /// <summary>Each instance's own address, for probing instances one by one.</summary>
    public static IReadOnlyList<Uri> Instances(string service, string environment)
    {
        var (offset, count) = Services[service];
        return [.. Enumerable.Range(1, count).Select(n => Loopback(BasePort(environment) + offset + n))];
    }

    private static int BasePort(string environment) => environment switch
    {
        "staging" => StagingBasePort,
        "production" => ProductionBasePort,
        _ => throw new ArgumentOutOfRangeException(nameof(environment), environment, "The sample fleet runs staging and production only."),
    };

    private static Uri Loopback(int port) => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
}
