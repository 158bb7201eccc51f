namespace Dashboard.Infrastructure.Persistence;

/// <summary>The <c>Audit</c> settings section.</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Audit";
    public const string DefaultAnchorFileName = "audit-anchor.log";

    /// <summary>
    /// The append-only file the audit chain's head is written to after every save, outside the database (empty means
    /// <c>{Database:DataFolder}/audit-anchor.log</c>). Put it where the database's writer cannot rewrite it.
    /// </summary>
    public string AnchorFile { get; set; } = "";

    public string AnchorFileIn(string dataFolder) =>
        string.IsNullOrWhiteSpace(AnchorFile) ? Path.Combine(dataFolder, DefaultAnchorFileName) : AnchorFile;
}
