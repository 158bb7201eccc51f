using Dashboard.Application.Live;
using Dashboard.Domain.Health;
using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public partial class HealthGrid : IDisposable
{
    private IDisposable? _subscription;

    [Inject] public required HealthGridViewModel Model { get; init; }
    [Inject] public required ILiveFeed Feed { get; init; }

    protected override void OnInitialized()
    {
        Model.Refresh();
        // Each probe run publishes per service; the feed batches them to at most one redraw a second.
        _subscription = Feed.Subscribe(new HashSet<FeedTopic> { FeedTopic.Health }, (_, _) => InvokeAsync(() =>
        {
            Model.Refresh();
            StateHasChanged();
        }));
    }

    internal static Color ColorOf(HealthState state) => state switch
    {
        HealthState.Healthy => Color.Success,
        HealthState.Degraded => Color.Warning,
        HealthState.Unhealthy => Color.Error,
        HealthState.Starting => Color.Info,
        _ => Color.Default,
    };

    public void Dispose() => _subscription?.Dispose();
}
