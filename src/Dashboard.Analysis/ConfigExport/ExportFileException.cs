namespace Dashboard.Analysis.ConfigExport;

/// <summary>An export file that cannot be read: the message names the file, what is wrong and how to fix it.</summary>
public sealed class ExportFileException(string message) : Exception(message);
