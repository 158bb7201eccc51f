namespace Dashboard.Domain.Reconciliation;

/// <summary>
/// What a correction did: <see cref="AlreadyApplied"/> when its idempotency key had been applied before (nothing changed this
/// time); <see cref="Version"/> is the attempt's version afterwards.
/// </summary>
public sealed record LedgerCorrectionResult(bool AlreadyApplied, string Version);
