namespace Dashboard.Web.Hosting;

/// <summary>The <c>DemoWorld</c> settings section.</summary>
public sealed class DemoWorldOptions
{
    public const string SectionName = "DemoWorld";

    /// <summary>Seed the demo world and demo accounts into an empty database on start.</summary>
    public bool Seed { get; set; } = true;
}
