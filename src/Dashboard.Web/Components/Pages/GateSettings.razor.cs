using Dashboard.Web.Model;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Components.Pages;

public partial class GateSettings : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private bool _saving;

    [Inject] public required GatePolicyViewModel Model { get; init; }
    [CascadingParameter] public required Task<AuthenticationState> AuthenticationState { get; set; }

    protected override Task OnInitializedAsync() => Model.LoadAsync(_disposed.Token);

    private async Task SaveAsync()
    {
        _saving = true;
        try
        {
            var user = (await AuthenticationState).User;
            await Model.SaveAsync(CurrentActor.Of(user), _disposed.Token);
        }
        finally
        {
            _saving = false;
        }
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
