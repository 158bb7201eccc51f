using System.Collections.Concurrent;

namespace Dashboard.SampleFleet.Fleet;

/// <summary>
/// Sends the fleet's synthetic traffic at a steady rate, through the load balancers as users' requests would go: checkouts
/// through frontend (half of it), order fulfilment through order-processing and invoice rendering through
/// invoice-renderer, all of which call billing-api. At most 64 requests are in flight; a tick that finds them all busy
/// is skipped. Logs one line when an entry point starts failing and one when it recovers.
/// </summary>
internal sealed class TrafficGenerator : IAsyncDisposable
{
    private const int MaxInFlight = 64;

    private readonly IReadOnlyList<TrafficTarget> _targets;
    private readonly ILogger _logger;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly SemaphoreSlim _inFlight = new(MaxInFlight);
    private readonly ConcurrentDictionary<TrafficTarget, EntryPointState> _states = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public TrafficGenerator(IReadOnlyList<TrafficTarget> targets, double requestsPerSecond, ILogger logger)
    {
        _targets = targets;
        _logger = logger;
        _loop = RunAsync(TimeSpan.FromSeconds(1 / requestsPerSecond), _stop.Token);
    }

    public static IReadOnlyList<TrafficTarget> TargetsOf(RunningFleet fleet) =>
    [
        .. fleet.Services.Select(s => s.Environment).Distinct().SelectMany(environment => new[]
        {
            new TrafficTarget(environment, "frontend", HttpMethod.Get, fleet.Service("frontend", environment).Url, "checkout/order-{n}"),
            new TrafficTarget(environment, "order-processing", HttpMethod.Post, fleet.Service("order-processing", environment).Url, "orders/order-{n}/fulfil"),
            new TrafficTarget(environment, "frontend", HttpMethod.Get, fleet.Service("frontend", environment).Url, "checkout/order-{n}"),
            new TrafficTarget(environment, "invoice-renderer", HttpMethod.Get, fleet.Service("invoice-renderer", environment).Url, "invoices/invoice-{n}/render"),
        }),
    ];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped, as asked.
        }
        _stop.Dispose();
        _http.Dispose();
    }

    private async Task RunAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        var n = 0;
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            n++;
            if (!_inFlight.Wait(0, CancellationToken.None))
                continue;
            _ = SendAsync(_targets[n % _targets.Count], n, cancellationToken);
        }
    }

    private async Task SendAsync(TrafficTarget target, int n, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(target.Method, target.RequestUri(n));
            using var response = await _http.SendAsync(request, cancellationToken);
            Record(target, response.IsSuccessStatusCode ? null : $"{(int)response.StatusCode} {response.ReasonPhrase}");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The fleet is stopping.
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Record(target, ex is TaskCanceledException ? "no answer within 30 s" : ex.Message);
        }
        finally
        {
            _inFlight.Release();
        }
    }

    private void Record(TrafficTarget target, string? failure)
    {
        var state = _states.GetOrAdd(target, _ => new EntryPointState());
        lock (state)
        {
            if (failure is not null)
            {
                state.Failed++;
                if (state.FailingSince is null)
                {
                    state.FailingSince = DateTimeOffset.UtcNow;
                    _logger.LogWarning("Traffic: {Target} is failing: {Answer}", target, failure);
                }
            }
            else if (state.FailingSince is { } since)
            {
                _logger.LogInformation("Traffic: {Target} recovered after {Seconds:0} s; {Failed} requests failed", target,
                    (DateTimeOffset.UtcNow - since).TotalSeconds, state.Failed);
                state.FailingSince = null;
                state.Failed = 0;
            }
        }
    }

    private sealed class EntryPointState
    {
        public DateTimeOffset? FailingSince { get; set; }
        public int Failed { get; set; }
    }
}
