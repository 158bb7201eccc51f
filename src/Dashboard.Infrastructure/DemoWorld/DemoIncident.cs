using Dashboard.Domain.Access;
using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.Health;
using Dashboard.Domain.Incidents;
using Dashboard.Domain.Proposals;

namespace Dashboard.Infrastructure.DemoWorld;

/// <summary>
/// The outage the product exists for, as the dashboard would have recorded it: tax.rate.default changed in the portal,
/// billing-api's reload dropping its connection, the frontend's retries, every instance pulled, resolved almost three hours
/// later by rolling the key back. The portal edit is seeded as a change made outside the pipeline, so it ranks as the suspect.
/// It is dated from the first start, like the demo ledger's outage, so the incident's window holds the stuck transactions.
/// </summary>
public static class DemoIncident
{
    /// <summary>
    /// When the story's portal edit happened in a world seeded at <paramref name="seededAt"/>: two minutes before the demo
    /// ledger's outage (seeded at the same start, within seconds), so the first 500s come just before its stuck transactions.
    /// </summary>
    public static DateTimeOffset ChangedAtFor(DateTimeOffset seededAt)
    {
        var second = new DateTimeOffset(seededAt.UtcTicks - seededAt.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        return second - DemoLedgerGenerator.OutageBeforeAnchor - TimeSpan.FromMinutes(2);
    }

    /// <summary>The story's portal edit, 0.08 → 0.0825, as the watcher would have recorded it then (the radius as the Propose page rates it today).</summary>
    public static BypassedChange PortalEdit(DateTimeOffset changedAt)
    {
        var edit = new BypassedChange(DemoCatalog.SharedStore, DemoConfiguration.StoryKey, "production", changedAt, "j.doe@contoso.com (Azure portal)",
            "story-portal-edit", isDelete: false, new ObservedSetting("0.08", null, "story-before-portal-edit"), new ObservedSetting("0.0825", null, "story-portal-edit"));
        edit.RecordRadius(RiskLevel.Critical, ["billing-api", "invoice-renderer"]);
        return edit;
    }

    public static Incident Build(DateTimeOffset changedAt)
    {
        var onCall = new IncidentActor("oncall", "Demo On-call", [Roles.OnCall]);
        var firstErrors = changedAt.AddSeconds(12);
        var turned = new HealthTransition("billing-api", "production", HealthState.Healthy, HealthState.Unhealthy, firstErrors,
            "5xx rate 100 % over the last 2 min (threshold 10 %)");
        var incident = Incident.OpenAutomatically(turned, firstErrors, "the first 500s", IncidentSeverity.High, changedAt.AddMinutes(2));
        incident.RecordHealthTransition(turned);
        incident.RecordHealthTransition(new HealthTransition("frontend", "production", HealthState.Healthy, HealthState.Degraded, changedAt.AddMinutes(1),
            "5xx rate 4.2 % over the last 2 min (threshold 0.1 %); three retries at once per failed billing call"));
        incident.AddService(IncidentActor.Dashboard, "frontend", "turned degraded while this incident is open", changedAt.AddMinutes(1));
        incident.AddNote(IncidentActor.Dashboard,
            "All 3 billing-api instances pulled from rotation within 40 s: its readiness check includes the ledger database.", changedAt.AddMinutes(2));
        incident.AddNote(onCall, "Anyone deploy something? Nothing in the pipeline since yesterday.", changedAt.AddMinutes(45));
        incident.ChangeSeverity(onCall, IncidentSeverity.Critical, changedAt.AddMinutes(50));
        incident.AssignCommander(onCall, onCall.UserId, onCall.DisplayName, changedAt.AddMinutes(50));
        incident.ChangeStatus(onCall, IncidentStatus.Identified,
            $"tax.rate.default was changed in the portal at {changedAt:HH:mm} UTC; billing-api reloads on it and drops its connection for 8–12 s.", changedAt.AddHours(2).AddMinutes(40));
        incident.ChangeStatus(onCall, IncidentStatus.Resolved,
            "Rolled tax.rate.default back to 0.08; error rate back to 0 %; 847 transactions left for reconciliation.", changedAt.AddHours(2).AddMinutes(55));
        return incident;
    }
}
