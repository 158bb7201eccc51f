namespace Dashboard.Web.Hosting;

/// <summary>The <c>Dashboard</c> settings section.</summary>
public sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";

    public string Title { get; set; } = "Dashboard";
}
