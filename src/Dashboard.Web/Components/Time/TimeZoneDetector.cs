using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Dashboard.Web.Components.Time;

/// <summary>Asks the browser for its time zone once per circuit, after the first interactive render (prerendering has no browser).</summary>
public sealed class TimeZoneDetector : ComponentBase
{
    [Inject] private UserTimeZone TimeZone { get; set; } = null!;

    [Inject] private IJSRuntime JS { get; set; } = null!;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || !RendererInfo.IsInteractive) return;
        try
        {
            TimeZone.Use(await JS.InvokeAsync<string?>("dashboardTime.zone"));
        }
        catch (JSException)
        {
            // A browser that cannot say keeps UTC, which every shown time states explicitly.
        }
    }
}
