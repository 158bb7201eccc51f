using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Dashboard.Web.Components.Controls.ConfigMap;

/// <summary>
/// Draws a graph with cytoscape.js once it is visible (it needs a laid-out container): the config map's services ↔ namespaces,
/// or, <see cref="Layered"/>, a blast radius read left to right as change → services that see it → their callers.
/// </summary>
public partial class ConfigGraphView : IAsyncDisposable
{
    private ElementReference _container;
    private IJSObjectReference? _module;
    private ConfigGraph? _drawn;
    private string? _error;

    [Inject] public required IJSRuntime JS { get; init; }

    [Parameter, EditorRequired] public required ConfigGraph Graph { get; set; }
    [Parameter] public bool Visible { get; set; }
    [Parameter] public bool Layered { get; set; }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!Visible || ReferenceEquals(_drawn, Graph)) return;
        try
        {
            _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./js/configGraph.js");
            await _module.InvokeVoidAsync("render", _container, Graph, Layered ? "layered" : "concentric");
            _drawn = Graph;
        }
        catch (JSException ex)
        {
            _error = $"The graph could not be drawn: {ex.Message}";
            StateHasChanged();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_module is null) return;
        try
        {
            await _module.InvokeVoidAsync("destroy", _container);
            await _module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone; the browser dropped the graph with the page.
        }
    }
}
