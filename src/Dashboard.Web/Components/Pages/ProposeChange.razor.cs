using Dashboard.Web.Model;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Components.Pages;

public partial class ProposeChange : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();

    [Inject] public required ProposeChangeViewModel Model { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [CascadingParameter] public required Task<AuthenticationState> AuthenticationState { get; set; }

    /// <summary>Preselects a key (and environment), e.g. from the config map's "Propose a change" link.</summary>
    [SupplyParameterFromQuery(Name = "key")] public string? KeyQuery { get; set; }
    [SupplyParameterFromQuery(Name = "env")] public string? EnvironmentQuery { get; set; }

    protected override async Task OnInitializedAsync()
    {
        await Model.LoadAsync(_disposed.Token);
        if (!string.IsNullOrWhiteSpace(EnvironmentQuery) && Model.Environments.Contains(EnvironmentQuery))
            await Model.SelectEnvironmentAsync(EnvironmentQuery, _disposed.Token);
        if (!string.IsNullOrWhiteSpace(KeyQuery))
            await Model.SelectKeyAsync(KeyQuery, _disposed.Token);
    }

    private Task OnStoreAsync(string store) => Model.SelectStoreAsync(store, _disposed.Token);

    private Task OnKeyAsync(string? key) => Model.SelectKeyAsync(key, _disposed.Token);

    private Task OnEnvironmentAsync(string environment) => Model.SelectEnvironmentAsync(environment, _disposed.Token);

    private Task OnValueAsync(string? value) => Model.SetValueAsync(value, _disposed.Token);

    private Task OnFlagAsync(bool enabled) => Model.SetFlagEnabledAsync(enabled, _disposed.Token);

    private async Task SubmitAsync()
    {
        var user = (await AuthenticationState).User;
        var id = await Model.SubmitAsync(CurrentActor.Of(user), _disposed.Token);
        if (id is { } created) Navigation.NavigateTo(PageRoutes.Proposal(created));
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
