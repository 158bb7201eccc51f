namespace Dashboard.SampleFleet.Fleet;

/// <summary>
/// The four services, built by the Program of each one's own source (Services/&lt;name&gt;), with the health paths that
/// source maps: billing-api has one endpoint, /health, which checks its database, for liveness and readiness alike.
/// </summary>
public static class FleetServices
{
    public static FleetServiceDefinition BillingApi { get; } = new("billing-api", 10, "/health", "/health", global::Billing.Api.Program.Build);
    public static FleetServiceDefinition Frontend { get; } = new("frontend", 0, "/health/live", "/health/ready", global::Frontend.Program.Build);
    public static FleetServiceDefinition InvoiceRenderer { get; } = new("invoice-renderer", 20, "/health/live", "/health/ready", global::Invoice.Renderer.Program.Build);
    public static FleetServiceDefinition OrderProcessing { get; } = new("order-processing", 30, "/health/live", "/health/ready", global::Order.Processing.Program.Build);

    /// <summary>billing-api first: the others call it through its load balancer, whose address they are started with.</summary>
    public static IReadOnlyList<FleetServiceDefinition> All { get; } = [BillingApi, Frontend, InvoiceRenderer, OrderProcessing];
}
