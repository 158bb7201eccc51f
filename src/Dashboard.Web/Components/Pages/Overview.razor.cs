using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages;

public partial class Overview : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();

    [Inject] public required OverviewViewModel Model { get; init; }

    protected override Task OnInitializedAsync() => Model.LoadAsync(_disposed.Token);

    private Task ReloadAsync() => Model.LoadAsync(_disposed.Token);

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
