using Dashboard.Application.Notifications;

namespace Dashboard.Infrastructure.Tests.Proposals;

/// <summary>Keeps what the detector announces, in order.</summary>
internal sealed class RecordingChangeNotifier : IChangeNotifier
{
    public List<BypassedChangeNotification> Sent { get; } = [];

    public bool Notify(BypassedChangeNotification notification)
    {
        Sent.Add(notification);
        return true;
    }
}
