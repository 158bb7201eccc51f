using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages;

/// <summary>Store, environment and search live in the query string, so a view of the map can be shared as a link.</summary>
public partial class ConfigMap : IDisposable
{
    private const int GraphTab = 2;
    private readonly CancellationTokenSource _disposed = new();
    private int _tab;

    [Inject] public required ConfigMapViewModel Model { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }

    [SupplyParameterFromQuery(Name = "store")] public string? StoreQuery { get; set; }
    [SupplyParameterFromQuery(Name = "env")] public string? EnvironmentQuery { get; set; }
    [SupplyParameterFromQuery(Name = "q")] public string? SearchQuery { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (Model.State != LoadState.Loaded || StoreQuery != Model.Store || EnvironmentQuery != Model.Environment)
            await Model.LoadAsync(StoreQuery, EnvironmentQuery, _disposed.Token);
        if ((SearchQuery ?? "") != Model.Search) Model.SetSearch(SearchQuery);
    }

    private Task RefreshAsync() => Model.LoadAsync(Model.Store, Model.Environment, _disposed.Token, refresh: true);

    private void OnStoreChanged(string store) => Navigate(store, Model.Environment, Model.Search);

    private void OnEnvironmentChanged(string environment) => Navigate(Model.Store, environment, Model.Search);

    private void OnSearchChanged(string? text) => Navigate(Model.Store, Model.Environment, text);

    private void SelectNamespace(string name) => Model.SetNamespace(name);

    private void SelectKey(KeyRow key) => Model.Select(key);

    private void Navigate(string? store, string? environment, string? search) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["store"] = store,
            ["env"] = environment,
            ["q"] = string.IsNullOrWhiteSpace(search) ? null : search.Trim(),
        }), replace: true);

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
