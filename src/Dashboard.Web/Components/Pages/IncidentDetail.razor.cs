using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages;

public partial class IncidentDetail : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();

    [Parameter] public Guid Id { get; set; }

    [Inject] public required IncidentDetailViewModel Model { get; init; }

    protected override Task OnParametersSetAsync() => Model.LoadAsync(Id, _disposed.Token);

    private Task AcknowledgeAsync() => Model.AcknowledgeAsync(_disposed.Token);

    private Task AddNoteAsync() => Model.AddNoteAsync(_disposed.Token);

    private Task ResolveAsync() => Model.ResolveAsync(_disposed.Token);

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
