using MudBlazor;

namespace Dashboard.Web.Components.Layout;

/// <summary>
/// System fonts only: the dashboard must render on networks that cannot reach a font CDN. Every colour that carries
/// text (chips, alerts, warning text) reaches WCAG AA contrast (at least 4.5:1) against white.
/// </summary>
public static class DashboardTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Secondary = "#ad1457",
            Info = "#1565c0",
            Success = "#1b5e20",
            Warning = "#a35200",
            Error = "#c62828",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
