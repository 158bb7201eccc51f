using System.Globalization;
using Dashboard.Domain.Health;

namespace Dashboard.Domain.Incidents;

/// <summary>
/// The debounce before the dashboard opens an incident on its own: a service must be Unhealthy for at least
/// <see cref="ConsecutiveObservations"/> observations in a row, spanning at least <see cref="MinimumDuration"/>, so one
/// failed probe or a one-minute blip does not page anyone. A service already covered by an open incident opens no other.
/// </summary>
public sealed record IncidentOpeningRule
{
    public static readonly IncidentOpeningRule Default = new(3, TimeSpan.FromMinutes(1));

    public IncidentOpeningRule(int consecutiveObservations, TimeSpan minimumDuration)
    {
        if (consecutiveObservations < 1)
            throw new DomainException($"An incident needs at least 1 unhealthy observation to open, not {consecutiveObservations}; e.g. 3.");
        if (minimumDuration < TimeSpan.Zero)
            throw new DomainException($"The minimum unhealthy duration {minimumDuration} is negative; give 0 or more, e.g. 1 minute.");
        ConsecutiveObservations = consecutiveObservations;
        MinimumDuration = minimumDuration;
    }

    public int ConsecutiveObservations { get; }
    public TimeSpan MinimumDuration { get; }

    /// <param name="service">For the words of the decision.</param>
    /// <param name="observations">The service's recent states in one environment, in any order.</param>
    /// <param name="openIncident">The open incident that already lists this service there, if any.</param>
    public OpeningDecision Decide(string service, IEnumerable<StateObservation> observations, Incident? openIncident = null)
    {
        var ordered = observations.OrderBy(o => o.At).ToList();
        var run = new List<StateObservation>();
        for (var i = ordered.Count - 1; i >= 0 && ordered[i].State == HealthState.Unhealthy; i--)
            run.Insert(0, ordered[i]);
        if (run.Count == 0)
            return new OpeningDecision(false, null, $"{service} is not unhealthy now.");
        var since = run[0].At;
        var lasted = run[^1].At - since;
        var standing = $"{service} has been unhealthy for {run.Count} consecutive observation{(run.Count == 1 ? "" : "s")} over {Duration(lasted)} "
            + $"(since {since.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)})";
        if (openIncident is not null)
            return new OpeningDecision(false, since, $"{standing}; it is already in the open incident '{openIncident.Title}'.");
        if (run.Count < ConsecutiveObservations || lasted < MinimumDuration)
            return new OpeningDecision(false, since,
                $"{standing}; an incident opens after {ConsecutiveObservations} observations over at least {Duration(MinimumDuration)}.");
        return new OpeningDecision(true, since, standing + ".");
    }

    private static string Duration(TimeSpan span) => span < TimeSpan.FromMinutes(1)
        ? $"{span.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s"
        : $"{span.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture)} min";
}
