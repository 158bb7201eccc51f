using Dashboard.Web.Model;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public partial class ProposeChange : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();

    [Inject] public required ProposeChangeViewModel Model { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required IDialogService Dialogs { get; init; }
    [CascadingParameter] public required Task<AuthenticationState> AuthenticationState { get; set; }

    /// <summary>
    /// Preselects a key (and environment), e.g. from the config map's "Propose a change" link. The page writes key, environment,
    /// draft value and reason back here as they change (replacing the history entry), so a reload or Back/Forward keeps the work.
    /// </summary>
    [SupplyParameterFromQuery(Name = "key")] public string? KeyQuery { get; set; }
    [SupplyParameterFromQuery(Name = "env")] public string? EnvironmentQuery { get; set; }
    [SupplyParameterFromQuery(Name = "value")] public string? ValueQuery { get; set; }
    [SupplyParameterFromQuery(Name = "reason")] public string? ReasonQuery { get; set; }

    /// <summary>Longer drafts are not put in the URL (browsers and proxies cut long URLs); they are kept by the leave prompt only.</summary>
    public const int MaxValueInUrl = 2000;

    // The browser stops a paste at the limit, so nothing larger is ever sent; the line says why the value was cut.
    private static string ValueLimitHelp =>
        $"At most {Domain.ConfigStores.ConfigSettingRules.MaxSettingBytes:N0} characters: App Configuration holds at most 10 KB per key-value, so a longer paste is cut there.";

    private string EnvironmentHelp =>
        $"Previews the radius in {Model.Environment ?? "this environment"} (label {(Model.Label is null ? "(none)" : $"'{Model.Label}'")}) only. "
        + "A proposal always goes to staging first, then production.";

    protected override async Task OnInitializedAsync()
    {
        await Model.LoadAsync(_disposed.Token);
        if (!string.IsNullOrWhiteSpace(EnvironmentQuery) && Model.Environments.Contains(EnvironmentQuery))
            await Model.SelectEnvironmentAsync(EnvironmentQuery, _disposed.Token);
        if (!string.IsNullOrWhiteSpace(KeyQuery))
            await Model.SelectKeyAsync(KeyQuery, _disposed.Token);
        if (Model.Key is not null && ValueQuery is not null)
            await Model.SetValueAsync(ValueQuery, _disposed.Token);
        if (ReasonQuery is not null) Model.SetReason(ReasonQuery);
    }

    private Task OnStoreAsync(string store) => Remembered(Model.SelectStoreAsync(store, _disposed.Token));

    private Task OnKeyAsync(string? key) => Remembered(Model.SelectKeyAsync(key, _disposed.Token));

    private Task OnEnvironmentAsync(string environment) => Remembered(Model.SelectEnvironmentAsync(environment, _disposed.Token));

    private Task OnValueAsync(string? value) => Remembered(Model.SetValueAsync(value, _disposed.Token));

    private Task OnFlagAsync(bool enabled) => Remembered(Model.SetFlagEnabledAsync(enabled, _disposed.Token));

    private void OnReason(string? reason)
    {
        Model.SetReason(reason);
        RememberInUrl();
    }

    private async Task Remembered(Task change)
    {
        await change;
        RememberInUrl();
    }

    // Replaces the current history entry, so Back leaves the page instead of stepping through every keystroke.
    // A secret's value never goes into the URL (it would land in history and logs).
    private void RememberInUrl()
    {
        var value = Model.IsUnchanged || Model.IsSecretValue || Model.NewValue.Length > MaxValueInUrl ? null : Model.NewValue;
        var uri = Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["key"] = Model.Key,
            ["env"] = Model.Environment,
            ["value"] = value,
            ["reason"] = string.IsNullOrWhiteSpace(Model.Reason) ? null : Model.Reason,
        });
        if (uri != Navigation.Uri) Navigation.NavigateTo(uri, replace: true);
    }

    /// <summary>Leaving with a typed value or reason asks first; the page's own URL updates never do.</summary>
    private async Task ConfirmLeavingAsync(LocationChangingContext context)
    {
        if (!Model.HasUnsavedWork || SamePage(context.TargetLocation)) return;
        var leave = await Dialogs.ShowMessageBoxAsync("Leave without submitting?",
            "The value and reason you typed are not saved as a proposal yet. Leave the page and lose them?",
            yesText: "Leave", cancelText: "Stay");
        if (leave != true) context.PreventNavigation();
    }

    private bool SamePage(string target) =>
        string.Equals(Navigation.ToAbsoluteUri(target).AbsolutePath, Navigation.ToAbsoluteUri(Navigation.Uri).AbsolutePath, StringComparison.OrdinalIgnoreCase);

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
