namespace Dashboard.Application.Live;

/// <summary>What changed; a page subscribes to the topics it shows.</summary>
public enum FeedTopic
{
    Proposals,
    BypassedChanges,
    Catalog,
    Health,
    Incidents,
    Reconciliation,
}
