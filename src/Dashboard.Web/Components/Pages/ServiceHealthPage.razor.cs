using Dashboard.Application.Live;
using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public partial class ServiceHealthPage : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private IDisposable? _subscription;

    [Parameter] public string Service { get; set; } = "";

    [Inject] public required ServiceHealthViewModel Model { get; init; }
    [Inject] public required ILiveFeed Feed { get; init; }

    protected override async Task OnParametersSetAsync()
    {
        await Model.LoadAsync(Service, _disposed.Token);
        _subscription ??= Feed.Subscribe(new HashSet<FeedTopic> { FeedTopic.Health }, (changes, _) =>
            changes.Any(c => string.Equals(c.Subject, Model.Service, StringComparison.OrdinalIgnoreCase))
                ? InvokeAsync(async () =>
                {
                    await Model.LoadAsync(Model.Service, _disposed.Token);
                    StateHasChanged();
                })
                : Task.CompletedTask);
    }

    private static List<ChartSeries<double>> Series(ServiceHealthChart chart) =>
    [
        new() { Name = chart.Title, Data = new ChartData<double>(chart.Values) },
        new() { Name = "▲ config change", Data = new ChartData<double>(chart.Changes) },
    ];

    public void Dispose()
    {
        _subscription?.Dispose();
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
