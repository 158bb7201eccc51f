namespace Dashboard.SampleFleet.Fleet;

/// <summary>
/// The <c>SampleFleet</c> settings. Ports: per environment a base port; each service's load balancer listens on the
/// base plus the service's offset (frontend 0, billing-api 10, invoice-renderer 20, order-processing 30) and its
/// instances on the ports just after it. A base port of 0 puts everything on free ports (tests).
/// </summary>
public sealed class SampleFleetOptions
{
    public const string SectionName = "SampleFleet";

    /// <summary>The dashboard's App Configuration read endpoint for the shared store: <c>Endpoint=…/appconfig/contoso-shared-config;Id=…;Secret=…</c>.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Comma-separated: staging, production or both. Each environment's instances read the label of the same name.</summary>
    public string Environments { get; set; } = "staging,production";

    public int StagingBasePort { get; set; } = 5200;
    public int ProductionBasePort { get; set; } = 5300;
    public int PaymentGatewayPort { get; set; } = 5290;
    public int FrontendInstances { get; set; } = 3;
    public int BillingApiInstances { get; set; } = 3;

    /// <summary>How long billing-api's ledger connection takes to open (a random time in this range), as Azure SQL with managed identity did.</summary>
    public double ReconnectMinSeconds { get; set; } = 8;
    public double ReconnectMaxSeconds { get; set; } = 12;

    /// <summary>Synthetic requests per second and environment through frontend, order-processing and invoice-renderer; 0 turns traffic off.</summary>
    public double RequestsPerSecond { get; set; } = 4;

    /// <summary>How often the load balancers probe each instance's readiness; one failed probe takes it out of rotation.</summary>
    public double ProbeIntervalSeconds { get; set; } = 2;

    public IReadOnlyList<string> EnvironmentNames =>
        Environments.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public int BasePort(string environment) => environment == FleetEnvironments.Production ? ProductionBasePort : StagingBasePort;

    public int Instances(FleetServiceDefinition service) => service.Name switch
    {
        "frontend" => FrontendInstances,
        "billing-api" => BillingApiInstances,
        _ => 1,
    };
}
