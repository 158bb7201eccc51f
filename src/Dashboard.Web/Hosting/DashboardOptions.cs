namespace Dashboard.Web.Hosting;

/// <summary>The <c>Dashboard</c> settings section.</summary>
public sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";

    public string Title { get; set; } = "Dashboard";

    /// <summary>The address people open the dashboard at, for links in chat messages; empty: messages carry no link.</summary>
    public string PublicBaseUrl { get; set; } = "";
}
