using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages;

public partial class Incidents : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();

    [Inject] public required IncidentListViewModel Model { get; init; }

    protected override Task OnInitializedAsync() => Model.LoadAsync(_disposed.Token);

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
