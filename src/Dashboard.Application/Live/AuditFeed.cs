using Dashboard.Domain.Audit;

namespace Dashboard.Application.Live;

/// <summary>
/// What an audit entry means for the live feed. Every step of every workflow is audited, so the audit log is the one
/// upstream source of the feed on every dashboard instance: a step taken on one instance reaches pages on all of them.
/// </summary>
public static class AuditFeed
{
    public static FeedEvent? From(AuditEntry entry)
    {
        var area = entry.Action.Split('.', 2)[0];
        var topic = area switch
        {
            "proposal" => FeedTopic.Proposals,
            "config" => FeedTopic.BypassedChanges,
            "catalog" => FeedTopic.Catalog,
            "incident" => FeedTopic.Incidents,
            "reconciliation" => FeedTopic.Reconciliation,
            _ => (FeedTopic?)null,
        };
        // Subjects read "proposal/{id}/{key}", "incident/{id}"…: the id is what a page compares with.
        var parts = entry.Subject.Split('/');
        var subject = topic is FeedTopic.Proposals or FeedTopic.Incidents or FeedTopic.Reconciliation && parts.Length > 1 ? parts[1] : entry.Subject;
        return topic is { } known ? new FeedEvent(known, subject, entry.At) : null;
    }
}
