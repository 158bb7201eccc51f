namespace Dashboard.Domain.BlastRadius;

/// <summary>
/// Requests per second of services in one environment, as the live health measured them; a service missing here has
/// no live traffic figures. The application layer reads them from the health rollups and hands them to the radius.
/// </summary>
public sealed class LiveTraffic
{
    private readonly Dictionary<string, double> _perSecond;

    public LiveTraffic(IEnumerable<KeyValuePair<string, double>> requestsPerSecond)
    {
        _perSecond = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var (service, rate) in requestsPerSecond)
        {
            if (!double.IsFinite(rate) || rate < 0)
                throw new DomainException($"The request rate of {service} is {rate}; a rate is a finite number of requests per second, 0 or more.");
            _perSecond[service] = rate;
        }
    }

    public static LiveTraffic None { get; } = new([]);

    public double? RequestsPerSecond(string service) => _perSecond.TryGetValue(service, out var rate) ? rate : null;
}
