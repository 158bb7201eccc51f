using Dashboard.Domain.ConfigStores;

namespace Dashboard.Analysis.ConfigExport;

/// <summary>The key-values of one export file, in file order, and which profile it was written in.</summary>
public sealed record ExportFile(string Path, ExportProfile Profile, IReadOnlyList<ConfigSetting> Settings);
