using MudBlazor;

namespace Dashboard.Web.Components.Layout;

/// <summary>System fonts only: the dashboard must render on networks that cannot reach a font CDN.</summary>
public static class DashboardTheme
{
    public static MudTheme Theme { get; } = new()
    {
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
