namespace Dashboard.SampleFleet.Fleet;

/// <summary>The started fleet; disposing it stops the traffic, then every host.</summary>
public sealed class RunningFleet : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    private readonly List<WebApplication> _hosts = [];
    private readonly List<RunningService> _services = [];
    private TrafficGenerator? _traffic;

    public Uri PaymentGateway { get; internal set; } = null!;

    public IReadOnlyList<RunningService> Services => _services;

    public RunningService Service(string name, string environment) =>
        _services.SingleOrDefault(s => s.Name == name && s.Environment == environment)
        ?? throw new KeyNotFoundException($"The fleet runs no {name} in {environment}.");

    internal void Add(WebApplication host) => _hosts.Add(host);

    internal void Add(RunningService service) => _services.Add(service);

    internal void Drive(TrafficGenerator traffic) => _traffic = traffic;

    public async ValueTask DisposeAsync()
    {
        if (_traffic is not null)
            await _traffic.DisposeAsync();
        await Task.WhenAll(_hosts.Select(StopAsync));
        _hosts.Clear();
    }

    private static async Task StopAsync(WebApplication host)
    {
        using var timeout = new CancellationTokenSource(StopTimeout);
        try
        {
            await host.StopAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // A host that does not stop in time is disposed all the same.
        }
        await host.DisposeAsync();
    }
}
