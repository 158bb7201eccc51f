using Dashboard.Domain.ConfigStores;

namespace Dashboard.Analysis.ConfigExport;

/// <summary>One key-value added, changed (value, content type or tags) or deleted: <see cref="Before"/> is null when added, <see cref="After"/> when deleted.</summary>
public sealed record ExportChange(ExportChangeKind Kind, ConfigSetting? Before, ConfigSetting? After)
{
    public string Key => (After ?? Before)!.Key;

    public string? Label => (After ?? Before)!.Label;
}
