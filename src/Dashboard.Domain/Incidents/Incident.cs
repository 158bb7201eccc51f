using Dashboard.Domain.Access;
using Dashboard.Domain.Catalog;
using Dashboard.Domain.Health;

namespace Dashboard.Domain.Incidents;

/// <summary>
/// Something is burning in one environment: which services, how bad, where the response stands, who leads it, and a
/// timeline of what was observed and done. Opened by the dashboard when a service stays unhealthy (see
/// <see cref="IncidentOpeningRule"/>) or by hand. A refused step throws <see cref="DomainException"/> and changes nothing.
/// </summary>
public sealed class Incident
{
    public const int MaxTitleLength = 200;
    public const int MaxNoteLength = 4000;
    public const int MaxServices = 50;
    public const string DefaultStartSignal = "the incident started";

    // Not readonly: the database maps it as one column and sets it when loading.
    private List<string> _services = [];
    private readonly List<TimelineEntry> _timeline = [];

    public Guid Id { get; private set; }
    public string Title { get; private set; } = "";
    public IncidentSeverity Severity { get; private set; }
    public IncidentStatus Status { get; private set; }
    public string Environment { get; private set; } = "";
    public IReadOnlyList<string> Services => _services;
    /// <summary>When the trouble began (the first unhealthy observation), which may be before the incident was opened.</summary>
    public DateTimeOffset StartedAt { get; private set; }
    /// <summary>What marked the start, for sentences such as "applied 45 min before the first 500s".</summary>
    public string StartSignal { get; private set; } = DefaultStartSignal;
    public DateTimeOffset OpenedAt { get; private set; }
    public string OpenedById { get; private set; } = "";
    public string OpenedByName { get; private set; } = "";
    public bool OpenedAutomatically { get; private set; }
    public string? CommanderId { get; private set; }
    public string? CommanderName { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    /// <summary>Ordered by time; entries at the same moment keep the order they were recorded in.</summary>
    public IReadOnlyList<TimelineEntry> Timeline => [.. _timeline.OrderBy(e => e.At).ThenBy(e => e.Sequence)];

    public bool IsOpen => Status != IncidentStatus.Resolved;

    /// <summary>From the start of the trouble until the resolution (open-ended while unresolved).</summary>
    public IncidentWindow Window => new(StartedAt, ResolvedAt);

    private Incident() { }

    private Incident(IncidentActor opener, bool automatic, string title, IncidentSeverity severity, string environment,
        IEnumerable<string> services, DateTimeOffset startedAt, string? startSignal, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        Title = RequireText(title, "title", MaxTitleLength, "e.g. 'billing-api failing in production'");
        Severity = RequireSeverity(severity);
        Environment = CatalogName.Validate(environment, "environment");
        foreach (var service in services) AddServiceName(service);
        if (_services.Count == 0)
            throw new DomainException("An incident needs at least one affected service; name the service that is failing.");
        if (startedAt > at)
            throw new DomainException($"The incident cannot start ({startedAt:O}) after it is opened ({at:O}); give the time the trouble began.");
        StartedAt = startedAt;
        StartSignal = string.IsNullOrWhiteSpace(startSignal) ? DefaultStartSignal : startSignal.Trim();
        OpenedAt = at;
        OpenedById = opener.UserId;
        OpenedByName = opener.DisplayName;
        OpenedAutomatically = automatic;
        Status = IncidentStatus.Investigating;
    }

    /// <summary>Opened by the dashboard because <paramref name="trigger"/>'s service stayed unhealthy (the caller applies the opening rule).</summary>
    public static Incident OpenAutomatically(HealthTransition trigger, DateTimeOffset unhealthySince, string startSignal, IncidentSeverity severity, DateTimeOffset at)
    {
        if (trigger.To != HealthState.Unhealthy)
            throw new DomainException($"An incident opens on its own only when a service turns unhealthy; {trigger.Service} turned {trigger.To.Describe()}.");
        var incident = new Incident(IncidentActor.Dashboard, automatic: true, $"{trigger.Service} unhealthy in {trigger.Environment}", severity,
            trigger.Environment, [trigger.Service], unhealthySince, startSignal, at);
        incident.Add(at, TimelineEntryKind.Opened, $"Opened by the dashboard: {trigger.Describe()}", null, trigger.Service);
        return incident;
    }

    /// <summary>Opened by a person on call (or an admin); <paramref name="startedAt"/> defaults to now.</summary>
    public static Incident OpenByHand(IncidentActor actor, string title, IncidentSeverity severity, string environment,
        IEnumerable<string> services, DateTimeOffset? startedAt, DateTimeOffset at)
    {
        RequireManager(actor, "open an incident");
        var incident = new Incident(actor, automatic: false, title, severity, environment, services, startedAt ?? at, null, at);
        incident.Add(at, TimelineEntryKind.Opened, $"Opened by {actor.DisplayName}: {incident.Title} ({severity}).", actor.DisplayName, null);
        return incident;
    }

    /// <summary>Moves the response on (or back); naming the cause, resolving and reopening need a note.</summary>
    public void ChangeStatus(IncidentActor actor, IncidentStatus to, string? note, DateTimeOffset at)
    {
        RequireManager(actor, "change its status");
        if (!Enum.IsDefined(to))
            throw new DomainException($"'{to}' is not an incident status; use one of {string.Join(", ", Enum.GetNames<IncidentStatus>())}.");
        if (to == Status)
            throw new DomainException($"The incident is already {Describe(Status)}.");
        if (!IncidentTransitions.IsAllowed(Status, to))
            throw new DomainException($"A {Describe(Status)} incident cannot become {Describe(to)}; reopen it as investigating first.");
        var text = string.IsNullOrWhiteSpace(note) ? null : RequireText(note, "note", MaxNoteLength, "");
        if (text is null && IncidentTransitions.NeedsNote(Status, to))
            throw new DomainException(to switch
            {
                IncidentStatus.Identified => "Say what the cause is when marking the incident identified, e.g. 'tax.rate.default change reloads billing-api'.",
                IncidentStatus.Resolved => "Say what resolved the incident, e.g. 'rolled back tax.rate.default; error rate back to 0 %'.",
                _ => "Say why the incident is reopened, e.g. 'errors came back at 02:40'.",
            });
        var from = Status;
        Status = to;
        ResolvedAt = to == IncidentStatus.Resolved ? at : null;
        Add(at, TimelineEntryKind.StatusChange, $"{Describe(from)} → {Describe(to)}" + (text is null ? "" : $": {text}"), actor.DisplayName, null);
    }

    public void AddNote(IncidentActor actor, string text, DateTimeOffset at)
    {
        RequireManager(actor, "add a note");
        Add(at, TimelineEntryKind.Note, RequireText(text, "note", MaxNoteLength, "e.g. 'billing-api reconnects take 8–12 s'"), actor.DisplayName, null);
    }

    public void AssignCommander(IncidentActor actor, string commanderId, string commanderName, DateTimeOffset at)
    {
        RequireManager(actor, "name its commander");
        if (string.IsNullOrWhiteSpace(commanderId))
            throw new DomainException("Name the incident commander by user id.");
        CommanderId = commanderId.Trim();
        CommanderName = string.IsNullOrWhiteSpace(commanderName) ? CommanderId : commanderName.Trim();
        Add(at, TimelineEntryKind.CommanderAssigned, $"{CommanderName} leads the response.", actor.DisplayName, CommanderId);
    }

    public void ChangeSeverity(IncidentActor actor, IncidentSeverity severity, DateTimeOffset at)
    {
        RequireManager(actor, "change its severity");
        RequireSeverity(severity);
        if (severity == Severity)
            throw new DomainException($"The incident is already {severity}.");
        var from = Severity;
        Severity = severity;
        Add(at, TimelineEntryKind.SeverityChange, $"Severity {from} → {severity}.", actor.DisplayName, null);
    }

    /// <summary>Another service is affected (by hand, or because it turned unhealthy while this incident is open).</summary>
    public void AddService(IncidentActor actor, string service, string why, DateTimeOffset at)
    {
        RequireManager(actor, "add a service");
        var name = CatalogName.Validate(service, "service");
        if (_services.Contains(name, StringComparer.OrdinalIgnoreCase))
            throw new DomainException($"{name} is already among the incident's services.");
        AddServiceName(name);
        Add(at, TimelineEntryKind.ServiceAdded, $"{name} added: {why}", ReferenceEquals(actor, IncidentActor.Dashboard) ? null : actor.DisplayName, name);
    }

    public void RecordHealthTransition(HealthTransition transition) =>
        Add(transition.At, TimelineEntryKind.HealthTransition, transition.Describe(), null, transition.Service);

    /// <summary>A config change in the incident's environment, from the pipeline or made outside it.</summary>
    public void RecordConfigChange(CandidateChange change)
    {
        var kind = change.Source == ChangeSource.Pipeline ? TimelineEntryKind.ConfigChange : TimelineEntryKind.OutOfBandChange;
        Add(change.AppliedAt, kind, change.Describe(), change.Actor, change.ProposalId?.ToString() ?? change.Key);
    }

    public void RecordProposalStep(Guid proposalId, string description, string actorName, DateTimeOffset at) =>
        Add(at, TimelineEntryKind.ProposalStep, RequireText(description, "proposal step", MaxNoteLength, ""), actorName, proposalId.ToString());

    /// <summary>The config changes in this incident's environment in the window before it started, most suspect first.</summary>
    public IReadOnlyList<SuspectedChange> RankSuspectedChanges(IEnumerable<CandidateChange> changes, TimeSpan? window = null) =>
        SuspectedChangeRanker.Rank(new SuspectWindow(Environment, _services, StartedAt, StartSignal, window ?? SuspectedChangeRanker.DefaultWindow), changes);

    private void Add(DateTimeOffset at, TimelineEntryKind kind, string text, string? actorName, string? reference) =>
        _timeline.Add(new TimelineEntry(_timeline.Count + 1, at, kind, text, actorName, reference));

    private void AddServiceName(string service)
    {
        var name = CatalogName.Validate(service, "service");
        if (_services.Contains(name, StringComparer.OrdinalIgnoreCase)) return;
        if (_services.Count == MaxServices)
            throw new DomainException($"An incident lists at most {MaxServices} services; open a separate incident or name the services that fail first.");
        _services.Add(name);
    }

    private static void RequireManager(IncidentActor actor, string what)
    {
        if (!actor.CanManageIncidents)
            throw new DomainException($"{actor.DisplayName} cannot {what}: incidents are managed by the {Roles.OnCall} or {Roles.Admin} role.");
    }

    private static IncidentSeverity RequireSeverity(IncidentSeverity severity) =>
        Enum.IsDefined(severity)
            ? severity
            : throw new DomainException($"'{severity}' is not a severity; use one of {string.Join(", ", Enum.GetNames<IncidentSeverity>())}.");

    private static string RequireText(string? text, string what, int max, string example)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0)
            throw new DomainException($"The {what} is empty; write one{(example.Length == 0 ? "" : ", " + example)}.");
        if (trimmed.Length > max)
            throw new DomainException($"The {what} has {trimmed.Length} characters; shorten it to at most {max}.");
        return trimmed;
    }

    private static string Describe(IncidentStatus status) => status.ToString().ToLowerInvariant();
}
