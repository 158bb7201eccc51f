using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;
using MudBlazor.Services;

namespace Dashboard.Web.Tests;

/// <summary>
/// bUnit context with MudBlazor's services. JS interop is loose only because MudBlazor calls its own JS;
/// the dashboard's components make no JS calls of their own yet.
/// </summary>
public abstract class DashboardTestContext : BunitContext, IAsyncLifetime
{
    // MudBlazor's services are only IAsyncDisposable, so the container must be disposed asynchronously.
    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();

    protected DashboardTestContext()
    {
        // Waits end as soon as their assertion passes; the ceiling only matters on a loaded machine, where 1 s is too tight.
        DefaultWaitTimeout = TimeSpan.FromSeconds(15);
        Services.AddMudServices();
        Services.AddScoped<Dashboard.Web.Components.Time.UserTimeZone>();
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    /// <summary>Renders MudBlazor's popover provider first (MudBlazor 8+ needs it), after the test registered its services.</summary>
    protected IRenderedComponent<T> RenderWithProviders<T>() where T : Microsoft.AspNetCore.Components.IComponent
    {
        Render<MudPopoverProvider>();
        return Render<T>();
    }
}
