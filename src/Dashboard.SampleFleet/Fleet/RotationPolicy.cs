using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.Model;

namespace Dashboard.SampleFleet.Fleet;

/// <summary>
/// The load balancer's view of readiness: an instance whose readiness probe fails (an error status, a timeout, a
/// refused connection) leaves rotation at once and comes back with its first good answer. Logs one line per change,
/// and says so when no instance is left: then the load balancer answers every request with 503.
/// </summary>
internal sealed class RotationPolicy(IDestinationHealthUpdater updater, ILogger logger, string service) : IActiveHealthCheckPolicy
{
    public const string PolicyName = "Rotation";

    public string Name => PolicyName;

    public void ProbingCompleted(ClusterState cluster, IReadOnlyList<DestinationProbingResult> probingResults)
    {
        var updates = new List<NewActiveDestinationHealth>(probingResults.Count);
        var changed = false;
        foreach (var result in probingResults)
        {
            var ready = result.Response is { IsSuccessStatusCode: true };
            var health = ready ? DestinationHealth.Healthy : DestinationHealth.Unhealthy;
            if (health != result.Destination.Health.Active)
            {
                changed = true;
                if (ready)
                    logger.LogInformation("{Service}: {Instance} is in rotation", service, result.Destination.DestinationId);
                else
                    logger.LogWarning("{Service}: {Instance} left rotation, readiness answered {Answer}", service, result.Destination.DestinationId, Answer(result));
            }
            updates.Add(new NewActiveDestinationHealth(result.Destination, health));
        }
        updater.SetActive(cluster, updates);
        if (!changed)
            return;
        var inRotation = updates.Count(u => u.NewActiveHealth == DestinationHealth.Healthy);
        if (inRotation == 0)
            logger.LogWarning("{Service}: no instance in rotation, every request gets 503 from the load balancer", service);
        else
            logger.LogInformation("{Service}: {InRotation} of {Total} instances in rotation", service, inRotation, updates.Count);
    }

    private static string Answer(DestinationProbingResult result) => result.Response is { } response
        ? $"{(int)response.StatusCode} {response.ReasonPhrase}"
        : result.Exception is TaskCanceledException or OperationCanceledException ? "nothing before the probe timed out" : result.Exception?.Message ?? "nothing";
}
