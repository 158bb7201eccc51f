using Dashboard.Analysis.ConfigExport;

namespace Dashboard.Cli;

/// <summary>One changed key-value of a <c>--diff</c> run and its blast radius.</summary>
public sealed record DiffedKey(ExportChange Change, Domain.BlastRadius.BlastRadius Radius);
