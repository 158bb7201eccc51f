using Dashboard.Application.Errors;
using Dashboard.Application.Notifications;
using Dashboard.Application.Persistence;
using Dashboard.Domain;
using Dashboard.Domain.Audit;
using Dashboard.Domain.Health;
using Dashboard.Domain.Incidents;

namespace Dashboard.Application.Incidents;

/// <summary>
/// Incidents from opening to resolution: the domain decides, this workflow loads, saves with an audit entry per step in
/// one transaction, and tells the people on call when one opens or resolves. One open incident per service and
/// environment: a second is refused (by hand) or not opened (by the dashboard).
/// </summary>
public sealed class IncidentWorkflow(IUnitOfWorkFactory units, IIncidentQueries queries, IChangeHistory changes, IIncidentNotifier notifier, TimeProvider time)
{
    public async Task<Incident> OpenByHandAsync(IncidentActor actor, NewIncident request, CancellationToken cancellationToken)
    {
        var severity = ParseSeverity(request.Severity);
        var services = (request.Services ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToList();
        if (services.Count == 0)
            throw new InputException("services", "Name at least one affected service, e.g. 'billing-api'.");
        if (string.IsNullOrWhiteSpace(request.Environment))
            throw new InputException("environment", "Name the environment that is affected, e.g. 'production'.");
        var now = time.GetUtcNow();
        await using var unit = await units.BeginAsync(cancellationToken);
        var open = await unit.Incidents.OpenInAsync(request.Environment.Trim(), cancellationToken);
        if (open.FirstOrDefault(i => i.Services.Intersect(services, StringComparer.OrdinalIgnoreCase).Any()) is { } existing)
            throw new ConflictException($"'{existing.Title}' is already open for {string.Join(", ", existing.Services)} in {existing.Environment} "
                + $"(incident {existing.Id}); add a note there instead of opening a second incident.", existing.Id);
        var incident = Incident.OpenByHand(actor, request.Title ?? "", severity, request.Environment, services, request.StartedAt, now);
        unit.Incidents.Add(incident);
        unit.Audit.Record(Audit(now, actor, "incident.opened", incident, null, incident.Title));
        await SaveAsync(unit, incident, cancellationToken);
        notifier.Notify(IncidentNotification.For(incident, IncidentNotificationKind.Opened, $"Opened by {actor.DisplayName}.", now));
        return incident;
    }

    /// <summary>
    /// Opens an incident because the service turned unhealthy and stayed so (the caller applied the opening rule), unless
    /// an open incident in the environment already lists it. Null when none was opened.
    /// </summary>
    public async Task<Incident?> OpenAutomaticallyAsync(HealthTransition trigger, DateTimeOffset unhealthySince, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var unit = await units.BeginAsync(cancellationToken);
        var open = await unit.Incidents.OpenInAsync(trigger.Environment, cancellationToken);
        if (open.Any(i => i.Services.Contains(trigger.Service, StringComparer.OrdinalIgnoreCase))) return null;
        var incident = Incident.OpenAutomatically(trigger, unhealthySince, $"the first unhealthy observation of {trigger.Service}", IncidentSeverity.High, now);
        incident.AddNote(IncidentActor.Dashboard, reason, now);
        unit.Incidents.Add(incident);
        unit.Audit.Record(Audit(now, IncidentActor.Dashboard, "incident.opened", incident, null, incident.Title));
        await unit.SaveAsync(cancellationToken);
        notifier.Notify(IncidentNotification.For(incident, IncidentNotificationKind.Opened, reason, now));
        return incident;
    }

    /// <summary>Puts each transition on the timeline of the open incident that lists its service, so the timeline shows recovery too.</summary>
    public async Task RecordTransitionsAsync(IReadOnlyList<HealthTransition> transitions, CancellationToken cancellationToken)
    {
        if (transitions.Count == 0) return;
        await using var unit = await units.BeginAsync(cancellationToken);
        var recorded = false;
        foreach (var environment in transitions.GroupBy(t => t.Environment, StringComparer.OrdinalIgnoreCase))
        {
            var open = await unit.Incidents.OpenInAsync(environment.Key, cancellationToken);
            foreach (var transition in environment)
            {
                foreach (var incident in open.Where(i => i.Services.Contains(transition.Service, StringComparer.OrdinalIgnoreCase)))
                {
                    incident.RecordHealthTransition(transition);
                    recorded = true;
                }
            }
        }
        if (recorded) await unit.SaveAsync(cancellationToken);
    }

    /// <summary>The actor takes the incident on: they lead the response from now.</summary>
    public Task<Incident> AcknowledgeAsync(Guid id, IncidentActor actor, CancellationToken cancellationToken) =>
        ActAsync(id, actor, "incident.acknowledged", (incident, now) =>
        {
            if (!incident.IsOpen)
                throw new DomainException("The incident is resolved; reopen it before acknowledging it.");
            incident.AssignCommander(actor, actor.UserId, actor.DisplayName, now);
            return $"{actor.DisplayName} leads the response";
        }, cancellationToken);

    public Task<Incident> AddNoteAsync(Guid id, IncidentActor actor, string? text, CancellationToken cancellationToken) =>
        ActAsync(id, actor, "incident.note", (incident, now) =>
        {
            if (string.IsNullOrWhiteSpace(text))
                throw new InputException("text", "The note is empty; write what was seen or done, e.g. 'billing-api reconnects take 8–12 s'.");
            incident.AddNote(actor, text, now);
            return text.Trim();
        }, cancellationToken);

    public async Task<Incident> ResolveAsync(Guid id, IncidentActor actor, string? note, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(note))
            throw new InputException("note", "Say what resolved the incident, e.g. 'rolled back tax.rate.default; error rate back to 0 %'.");
        var incident = await ActAsync(id, actor, "incident.resolved", (incident, now) =>
        {
            incident.ChangeStatus(actor, IncidentStatus.Resolved, note, now);
            return note.Trim();
        }, cancellationToken);
        notifier.Notify(IncidentNotification.For(incident, IncidentNotificationKind.Resolved, note.Trim(), time.GetUtcNow()));
        return incident;
    }

    /// <summary>The incident with its timeline merged with the config changes around it, and the changes before it ranked as suspects.</summary>
    public async Task<IncidentDetails> DetailsAsync(Guid id, CancellationToken cancellationToken)
    {
        var incident = await queries.GetAsync(id, cancellationToken) ?? throw NotFound(id);
        var from = incident.StartedAt - SuspectedChangeRanker.DefaultWindow;
        var until = incident.ResolvedAt ?? time.GetUtcNow();
        var applied = await changes.ChangesAsync(incident.Environment, from, until, cancellationToken);
        var timeline = incident.Timeline.Concat(applied.Select((change, index) => new TimelineEntry(-index - 1, change.AppliedAt,
                change.Source == ChangeSource.Pipeline ? TimelineEntryKind.ConfigChange : TimelineEntryKind.OutOfBandChange,
                change.Describe(), change.Actor, change.ProposalId?.ToString() ?? change.Key)))
            .OrderBy(e => e.At).ThenBy(e => e.Sequence).ToList();
        return new IncidentDetails(incident, timeline, incident.RankSuspectedChanges(applied));
    }

    public static NotFoundException NotFound(Guid id) =>
        new("incident", $"There is no incident with id '{id}': list the incidents to find its id.");

    private async Task<Incident> ActAsync(Guid id, IncidentActor actor, string action, Func<Incident, DateTimeOffset, string> step, CancellationToken cancellationToken)
    {
        await using var unit = await units.BeginAsync(cancellationToken);
        var incident = await unit.Incidents.FindAsync(id, cancellationToken) ?? throw NotFound(id);
        var before = incident.Status.ToString();
        var now = time.GetUtcNow();
        var description = step(incident, now);
        unit.Audit.Record(Audit(now, actor, action, incident, before, description));
        await SaveAsync(unit, incident, cancellationToken);
        return incident;
    }

    private static async Task SaveAsync(IUnitOfWork unit, Incident incident, CancellationToken cancellationToken)
    {
        try
        {
            await unit.SaveAsync(cancellationToken);
        }
        catch (ConcurrentChangeException error)
        {
            throw new ConflictException($"Someone else changed incident {incident.Id} at the same time, so this step was not saved. Reload the incident and try again.",
                null, error);
        }
    }

    private static AuditRecord Audit(DateTimeOffset at, IncidentActor actor, string action, Incident incident, string? stateBefore, string description) =>
        new(at, actor.UserId, action, $"incident/{incident.Id}", stateBefore is null ? null : new AuditSide(State: stateBefore),
            new AuditSide(State: incident.Status.ToString(), Description: description));

    private static IncidentSeverity ParseSeverity(string? severity) =>
        Enum.TryParse<IncidentSeverity>(severity?.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(severity, out _)
            ? parsed
            : throw new InputException("severity", $"'{severity}' is not a severity; use one of {string.Join(", ", Enum.GetNames<IncidentSeverity>())}.");
}
