using Dashboard.Domain.Access;
using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.Health;
using Dashboard.Domain.Incidents;
using Dashboard.Domain.Proposals;

namespace Dashboard.Infrastructure.DemoWorld;

/// <summary>
/// The outage the product exists for, as the dashboard would have recorded it: tax.rate.default changed in the portal,
/// billing-api's reload dropping its connection, the frontend's retries, every instance pulled, resolved at 2 am by
/// rolling the key back. The portal edit is seeded as a change made outside the pipeline, so it ranks as the suspect.
/// </summary>
public static class DemoIncident
{
    public static readonly DateTimeOffset ChangedAt = new(2026, 11, 12, 23, 10, 0, TimeSpan.Zero);

    /// <summary>The story's portal edit, 0.08 → 0.0825, as the watcher would have recorded it then (the radius as the Propose page rates it today).</summary>
    public static BypassedChange PortalEdit()
    {
        var edit = new BypassedChange(DemoCatalog.SharedStore, DemoConfiguration.StoryKey, "production", ChangedAt, "j.doe@contoso.com (Azure portal)",
            "story-portal-edit", isDelete: false, new ObservedSetting("0.08", null, "story-before-portal-edit"), new ObservedSetting("0.0825", null, "story-portal-edit"));
        edit.RecordRadius(RiskLevel.Critical, ["billing-api", "invoice-renderer"]);
        return edit;
    }

    public static Incident Build()
    {
        var onCall = new IncidentActor("oncall", "Demo On-call", [Roles.OnCall]);
        var firstErrors = ChangedAt.AddSeconds(12);
        var turned = new HealthTransition("billing-api", "production", HealthState.Healthy, HealthState.Unhealthy, firstErrors,
            "5xx rate 100 % over the last 2 min (threshold 10 %)");
        var incident = Incident.OpenAutomatically(turned, firstErrors, "the first 500s", IncidentSeverity.High, ChangedAt.AddMinutes(2));
        incident.RecordHealthTransition(turned);
        incident.RecordHealthTransition(new HealthTransition("frontend", "production", HealthState.Healthy, HealthState.Degraded, ChangedAt.AddMinutes(1),
            "5xx rate 4.2 % over the last 2 min (threshold 0.1 %); three retries at once per failed billing call"));
        incident.AddService(IncidentActor.Dashboard, "frontend", "turned degraded while this incident is open", ChangedAt.AddMinutes(1));
        incident.AddNote(IncidentActor.Dashboard,
            "All 3 billing-api instances pulled from rotation within 40 s: its readiness check includes the ledger database.", ChangedAt.AddMinutes(2));
        incident.AddNote(onCall, "Anyone deploy something? Nothing in the pipeline since yesterday.", ChangedAt.AddMinutes(45));
        incident.ChangeSeverity(onCall, IncidentSeverity.Critical, ChangedAt.AddMinutes(50));
        incident.AssignCommander(onCall, onCall.UserId, onCall.DisplayName, ChangedAt.AddMinutes(50));
        incident.ChangeStatus(onCall, IncidentStatus.Identified,
            "tax.rate.default was changed in the portal at 23:10; billing-api reloads on it and drops its connection for 8–12 s.", ChangedAt.AddHours(2).AddMinutes(40));
        incident.ChangeStatus(onCall, IncidentStatus.Resolved,
            "Rolled tax.rate.default back to 0.08; error rate back to 0 %; 847 transactions left for reconciliation.", ChangedAt.AddHours(2).AddMinutes(55));
        return incident;
    }
}
